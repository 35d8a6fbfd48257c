"use client";

import { useActionState } from "react";
import { TextArea } from "@/components/admin/form-fields";
import { rejectProposal } from "@/lib/submissions/actions";
import type { RejectionState } from "@/lib/submissions/actions.validation";

export function RejectionForm({ submissionId }: { submissionId: number }) {
  const [state, action, pending] = useActionState<RejectionState, FormData>(rejectProposal, {});
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="segnalazione" value={submissionId} />
      {state.message && (
        <p role="alert" className="rounded border-l-4 border-danger bg-red-50 px-3 py-2 font-semibold">
          {state.message}
        </p>
      )}
      <TextArea
        name="motivo"
        label="Motivo (lo legge chi ha inviato la segnalazione)"
        value={state.reason ?? ""}
        errors={state.errors?.motivo}
        required
        rows={3}
        maxLength={2_000}
      />
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded border border-danger px-4 py-2 font-semibold text-danger hover:bg-red-50 disabled:opacity-60"
        >
          {pending ? "Invio…" : "Non pubblicare"}
        </button>
      </div>
    </form>
  );
}
