"use client";

import { useActionState } from "react";
import { FormNotice } from "@/components/admin/form-notice";
import { undoTermChangeAction } from "@/lib/vocabularies/actions";
import type { TermFormState } from "@/lib/vocabularies/actions.validation";

/** "Annulla" next to a vocabulary merge or rename in the audit log (administrators). */
export function UndoTermChangeForm({ eventId }: { eventId: number }) {
  const [state, action, pending] = useActionState<TermFormState, FormData>(undoTermChangeAction, {});
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="evento" value={eventId} />
      <FormNotice state={state} />
      {!state.ok && (
        <button
          type="submit"
          disabled={pending}
          className="rounded border border-primary px-3 py-1 text-sm font-semibold text-primary disabled:opacity-60"
        >
          {pending ? "Annullamento…" : "Annulla questa modifica"}
        </button>
      )}
    </form>
  );
}
