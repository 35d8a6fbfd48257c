"use client";

import { useActionState } from "react";
import { FormNotice } from "@/components/admin/form-notice";
import { schedulePublicationAction } from "@/lib/practices/actions";
import type { ScheduleFormState } from "@/lib/practices/actions.validation";

type Props = { practiceId: number; version: number; scheduled: string | null };

/** The optional date of the automatic publication of a sheet's saved changes (Italian time). */
export function ScheduleForm({ practiceId, version, scheduled }: Props) {
  const [state, action, pending] = useActionState<ScheduleFormState, FormData>(schedulePublicationAction, {});
  return (
    <form action={action} className="mt-3 flex flex-wrap items-end gap-3">
      <input type="hidden" name="id" value={practiceId} />
      <input type="hidden" name="versione" value={version} />
      <label className="flex flex-col gap-1">
        <span className="font-semibold">Pubblica automaticamente il (ora italiana, facoltativo)</span>
        <input
          type="datetime-local"
          name="quando"
          defaultValue={scheduled ?? ""}
          className="rounded border border-line px-2 py-1"
        />
      </label>
      <button type="submit" disabled={pending} className="rounded border border-primary px-4 py-2 font-semibold">
        Programma la pubblicazione
      </button>
      {scheduled && (
        <button
          type="submit"
          name="annulla"
          value="1"
          disabled={pending}
          className="rounded border border-line px-4 py-2 font-semibold"
        >
          Annulla la programmazione
        </button>
      )}
      <div className="w-full">
        <FormNotice state={state} />
      </div>
    </form>
  );
}
