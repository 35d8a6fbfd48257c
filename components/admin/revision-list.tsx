import { restoreRevision } from "@/lib/practices/actions";
import type { FieldChange } from "@/lib/practices/snapshot";

export type RevisionView = {
  id: number;
  version: number;
  createdAt: Date;
  author: string;
  sourceLabel: string;
  changes: FieldChange[];
};

const dateTime = new Intl.DateTimeFormat("it-IT", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Rome" });

/** A sheet's versions, newest first, each with what it changed and a way back to it. */
export function RevisionList({ revisions, currentVersion }: { revisions: RevisionView[]; currentVersion: number }) {
  return (
    <ol className="flex flex-col gap-6">
      {revisions.map((revision) => (
        <li key={revision.id} className="rounded border border-line p-4" data-testid="revision">
          <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
            <h2 className="text-lg font-bold">Versione {revision.version}</h2>
            <span>{dateTime.format(revision.createdAt)}</span>
            <span>{revision.author}</span>
            <span className="text-sm text-muted">{revision.sourceLabel}</span>
            {revision.version === currentVersion ? (
              <span className="ml-auto text-sm font-semibold">versione attuale</span>
            ) : (
              <form action={restoreRevision} className="ml-auto">
                <input type="hidden" name="revisionId" value={revision.id} />
                <input type="hidden" name="versione" value={currentVersion} />
                <button
                  type="submit"
                  className="rounded border border-primary px-3 py-1 text-sm font-semibold text-primary"
                >
                  Ripristina questa versione
                </button>
              </form>
            )}
          </div>
          {revision.changes.length > 0 ? (
            <table className="mt-3 w-full border-collapse text-sm">
              <caption className="sr-only">Campi cambiati nella versione {revision.version}</caption>
              <thead>
                <tr className="text-left">
                  <th scope="col" className="w-48 border-b border-line py-1 pr-2">
                    Campo
                  </th>
                  <th scope="col" className="border-b border-line py-1 pr-2">
                    Prima
                  </th>
                  <th scope="col" className="border-b border-line py-1">
                    Dopo
                  </th>
                </tr>
              </thead>
              <tbody>
                {revision.changes.map((change) => (
                  <tr key={change.field} className="align-top">
                    <th scope="row" className="border-b border-line py-1 pr-2 text-left">
                      {change.label}
                    </th>
                    <td className="whitespace-pre-line border-b border-line bg-red-50 py-1 pr-2">
                      <del className="no-underline">{change.before}</del>
                    </td>
                    <td className="whitespace-pre-line border-b border-line bg-green-50 py-1">
                      <ins className="no-underline">{change.after}</ins>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="mt-2 text-sm text-muted">Stato iniziale registrato.</p>
          )}
        </li>
      ))}
    </ol>
  );
}
