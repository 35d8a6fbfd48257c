"use client";

import { useActionState } from "react";
import { SelectField, TextArea, TextField } from "@/components/admin/form-fields";
import { writeFollowUp } from "@/lib/open-collection/actions";
import type { StaffFollowUpState } from "@/lib/open-collection/actions.validation";
import { FOLLOW_UP_STATUSES } from "@/lib/open-collection/labels";

export function StaffFollowUpForm({ practiceId }: { practiceId: number }) {
  const [state, action, pending] = useActionState<StaffFollowUpState, FormData>(writeFollowUp, {});
  const values = state.values ?? {};
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  return (
    <form action={action} key={JSON.stringify(state)} className="flex max-w-2xl flex-col gap-4" noValidate>
      <input type="hidden" name="pratica" value={practiceId} />
      {state.message && (
        <p
          role={state.saved ? "status" : "alert"}
          className={`rounded border-l-4 px-3 py-2 font-semibold ${state.saved ? "border-success bg-green-50" : "border-danger bg-red-50"}`}
        >
          {state.message}
        </p>
      )}
      <TextField
        name="data"
        type="date"
        label="Alla data del"
        value={text("data")}
        errors={state.errors?.data}
        required
      />
      <SelectField
        name="stato"
        label="La pratica"
        value={text("stato")}
        errors={state.errors?.stato}
        options={FOLLOW_UP_STATUSES.map((s) => ({ value: s.slug, label: s.label }))}
        placeholder="— scegli —"
        required
      />
      <TextArea
        name="testo"
        label="Com'è andata"
        value={text("testo")}
        errors={state.errors?.testo}
        required
        rows={4}
        maxLength={3_000}
      />
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-primary px-6 py-2 font-semibold text-white hover:bg-primary-dark disabled:opacity-60"
        >
          Pubblica l&apos;aggiornamento
        </button>
      </div>
    </form>
  );
}
