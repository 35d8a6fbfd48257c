import { Link } from "@/components/link";
import type { Outcome, RowOutcome } from "@/lib/import/apply";
import type { ImportProblem } from "@/lib/import/problems";
import { PREVIEW_ROWS } from "@/lib/import/limits";
import type { RowFlag } from "@/lib/import/review";
import type { FieldChange } from "@/lib/practices/snapshot";

// The dry run as tables: problems by row and column, and what each row does.

/** Past this, a table shows its first rows and says how many more there are. */
const SHOWN = PREVIEW_ROWS;

const OUTCOME_LABELS: Record<Outcome, [singular: string, plural: string]> = {
  created: ["nuova", "nuove"],
  updated: ["aggiornata", "aggiornate"],
  unchanged: ["invariata", "invariate"],
};

const number = new Intl.NumberFormat("it-IT");

/** Longest text of a problem shown: jobs stored before values were cut in messages may hold megabytes. */
const SHOWN_CHARS = 300;
const clip = (text: string) => (text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text);

function More({ total, shown = Math.min(total, SHOWN) }: { total: number; shown?: number }) {
  if (total <= shown) return null;
  return (
    <p className="text-sm text-muted">
      Sono mostrate le prime {number.format(shown)} righe su {number.format(total)}.
    </p>
  );
}

export function ImportCounts({ counts }: { counts: Record<Outcome, number> }) {
  return (
    <ul className="flex flex-wrap gap-4" data-testid="import-counts">
      {(Object.keys(OUTCOME_LABELS) as Outcome[]).map((outcome) => (
        <li key={outcome} className="rounded border border-line bg-surface px-4 py-3">
          <span className="block text-2xl font-bold">{number.format(counts[outcome])}</span>{" "}
          {counts[outcome] === 1 ? "scheda" : "schede"} {OUTCOME_LABELS[outcome][counts[outcome] === 1 ? 0 : 1]}
        </li>
      ))}
    </ul>
  );
}

export function ImportProblemsTable({
  problems,
  total,
  rowLabel,
}: {
  problems: ImportProblem[];
  /** Problems of the file in all: only the first ones are stored (MAX_IMPORT_PROBLEMS). */
  total: number;
  rowLabel: string;
}) {
  const shown = problems.slice(0, SHOWN);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="import-problems">
        <caption className="sr-only">Problemi trovati nel file</caption>
        <thead>
          <tr className="border-b-2 border-ink text-left">
            <th scope="col" className="py-2 pr-3">
              {rowLabel}
            </th>
            <th scope="col" className="py-2 pr-3">
              Colonna
            </th>
            <th scope="col" className="py-2 pr-3">
              Problema
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((problem, index) => (
            <tr key={index} className="border-b border-line align-top">
              <td className="py-2 pr-3">{problem.row ?? "intero file"}</td>
              <td className="py-2 pr-3">
                {problem.column ? <span className="font-mono">{clip(problem.column)}</span> : "—"}
                {problem.letter && <span className="text-muted"> ({clip(problem.letter)})</span>}
              </td>
              <td className="py-2 pr-3">{clip(problem.message)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <More total={Math.max(total, problems.length)} shown={shown.length} />
    </div>
  );
}

/** Each field an update changes, before → after. */
export function ChangeList({ changes }: { changes: FieldChange[] }) {
  return (
    <ul className="flex flex-col gap-1" data-testid="import-changes">
      {changes.map((change) => (
        <li key={change.field}>
          <span className="font-semibold">{change.label}:</span> <del className="text-muted">{change.before}</del>{" "}
          <span aria-hidden="true">→</span>
          <span className="sr-only">diventa</span> <ins className="no-underline">{change.after}</ins>
        </li>
      ))}
    </ul>
  );
}

export function FlagList({ flags }: { flags: RowFlag[] }) {
  return (
    <ul
      className="flex flex-col gap-1 rounded border-l-4 border-warning bg-warning-light px-3 py-2"
      data-testid="import-flags"
    >
      {flags.map((flag) => (
        <li key={flag.kind}>
          <strong>Da controllare:</strong> {flag.message}
        </li>
      ))}
    </ul>
  );
}

/** What the import leaves out of a row, to read (nothing to confirm). */
export function NoteList({ notes }: { notes: string[] }) {
  return (
    <ul className="mt-1 flex flex-col gap-1 text-muted" data-testid="import-notes">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}

export function ImportRowsTable({ rows, rowLabel }: { rows: RowOutcome[]; rowLabel: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="import-rows">
        <caption className="sr-only">Esito di ogni riga</caption>
        <thead>
          <tr className="border-b-2 border-ink text-left">
            <th scope="col" className="py-2 pr-3">
              {rowLabel}
            </th>
            <th scope="col" className="py-2 pr-3">
              Codice
            </th>
            <th scope="col" className="py-2 pr-3">
              Titolo
            </th>
            <th scope="col" className="py-2 pr-3">
              Esito
            </th>
            <th scope="col" className="py-2 pr-3">
              Modifiche (prima → dopo)
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN).map((row) => (
            <tr key={row.row} className="border-b border-line align-top">
              <td className="py-2 pr-3">{row.row}</td>
              <td className="py-2 pr-3 font-mono">
                <Link href={`/admin/pratiche?${new URLSearchParams({ q: row.code })}`}>{row.code}</Link>
              </td>
              <td className="py-2 pr-3">{row.title}</td>
              <td className="py-2 pr-3">
                {OUTCOME_LABELS[row.outcome][0]}
                {row.flags?.length ? <strong className="block">da controllare</strong> : null}
              </td>
              <td className="py-2 pr-3">
                {row.changes?.length ? <ChangeList changes={row.changes} /> : !row.notes?.length && "—"}
                {row.notes?.length ? <NoteList notes={row.notes} /> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <More total={rows.length} />
    </div>
  );
}
