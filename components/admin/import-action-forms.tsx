"use client";

import { useActionState } from "react";
import { commitImportAction, removeSampleSheetsAction } from "@/lib/import/actions";
import type { ImportActionState } from "@/lib/import/actions.validation";
import type { RowOutcome } from "@/lib/import/apply";
import { ChangeList, FlagList, NoteList } from "@/components/admin/import-report";

// The two confirmed writes of the import pages. Both work without JavaScript; on success the
// action redirects, so only refusals come back as state.

function Notice({ state, fallback }: { state: ImportActionState; fallback?: string }) {
  const message = state.message ?? fallback;
  if (!message) return null;
  return (
    <p role="alert" className="rounded border-l-4 border-danger bg-red-50 px-3 py-2 font-semibold">
      {message}
    </p>
  );
}

export function ImportConfirmForm({
  jobId,
  changes,
  flagged,
  rowLabel,
  refusal,
}: {
  jobId: number;
  changes: number;
  /** Rows written only once ticked: values cleared, status changed, sheet edited after the file was made. */
  flagged: RowOutcome[];
  rowLabel: string;
  /** Why the last confirmation was refused (flagged rows not ticked). */
  refusal?: string;
}) {
  const [state, action, pending] = useActionState<ImportActionState, FormData>(commitImportAction, {});
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="importazione" value={jobId} />
      <Notice state={state} fallback={refusal} />
      {flagged.length > 0 && (
        <fieldset className="flex flex-col gap-4" data-testid="import-flagged">
          <legend className="mb-2 text-lg font-bold">
            Da controllare: {flagged.length === 1 ? "1 scheda" : `${flagged.length} schede`}
          </legend>
          <p>
            Queste righe cancellano valori, cambiano lo stato o riguardano schede modificate dopo la preparazione del
            file. Controlla le modifiche e spunta ciascuna riga da importare: senza la spunta l&apos;importazione non
            parte.
          </p>
          {flagged.map((row) => (
            <div key={row.row} className="flex flex-col gap-2 rounded border border-line px-4 py-3">
              <p className="font-semibold">
                {rowLabel} {row.row} · <span className="font-mono">{row.code}</span> · {row.title}
              </p>
              <FlagList flags={row.flags ?? []} />
              {row.changes && <ChangeList changes={row.changes} />}
              {row.notes && <NoteList notes={row.notes} />}
              <label className="flex items-start gap-2">
                <input type="checkbox" name="conferma_righe" value={row.row} className="mt-1.5" />
                <span>
                  Ho controllato: importa le modifiche della {rowLabel.toLowerCase()} {row.row} ({row.code})
                </span>
              </label>
            </div>
          ))}
        </fieldset>
      )}
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
