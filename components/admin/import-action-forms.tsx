"use client";

import { useActionState } from "react";
import { commitImportAction, removeSampleSheetsAction } from "@/lib/import/actions";
import type { ImportActionState } from "@/lib/import/actions.validation";

// The two confirmed writes of the import pages. Both work without JavaScript; on success the
// action redirects, so only refusals come back as state.

function Notice({ state }: { state: ImportActionState }) {
  if (!state.message) return null;
  return (
    <p role="alert" className="rounded border-l-4 border-danger bg-red-50 px-3 py-2 font-semibold">
      {state.message}
    </p>
  );
}

export function ImportConfirmForm({ jobId, changes }: { jobId: number; changes: number }) {
  const [state, action, pending] = useActionState<ImportActionState, FormData>(commitImportAction, {});
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="importazione" value={jobId} />
      <Notice state={state} />
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-primary px-4 py-2 font-semibold text-white hover:bg-primary-dark disabled:opacity-60"
        >
          {pending ? "Importazione in corso…" : "Conferma importazione"}
        </button>
        <span className="text-sm text-muted" role={pending ? "status" : undefined}>
          {pending
            ? "Scrittura delle schede in corso: non chiudere la pagina."
            : `Scrive ${changes === 1 ? "1 scheda" : `${changes} schede`} in un'unica operazione: tutte o nessuna.`}
        </span>
      </div>
    </form>
  );
}

export function SampleRemovalForm({ count }: { count: number }) {
  const [state, action, pending] = useActionState<ImportActionState, FormData>(removeSampleSheetsAction, {});
  return (
    <form action={action} className="flex flex-col gap-3">
      <Notice state={state} />
      <label className="flex items-start gap-2">
        <input type="checkbox" name="conferma" value="si" required className="mt-1.5" />
        <span>Confermo: elimina definitivamente le {count} schede illustrative, con il loro storico.</span>
      </label>
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded border border-danger px-4 py-2 font-semibold text-danger hover:bg-red-50 disabled:opacity-60"
        >
          {pending ? "Eliminazione…" : "Elimina le schede illustrative"}
        </button>
      </div>
    </form>
  );
}
