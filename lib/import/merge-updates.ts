import { loadExisting } from "@/lib/import/apply-batch";
import { mergeWithCurrent } from "@/lib/import/merge-row";
import type { ParsedFile } from "@/lib/import/parse-file";
import { ProblemLog } from "@/lib/import/problems";
import type { ImportRow } from "@/lib/import/validate-rows";
import { codeKey } from "@/lib/practices/practice-code";
import { practiceInputSchema, type Reference } from "@/lib/practices/practice-input";
import { snapshotOf } from "@/lib/practices/snapshot";
import type { Db } from "@/lib/prisma-client";
import { echo } from "@/lib/text";

// The request thread's part of a dry run, after the worker: each row for an existing sheet is
// merged with that sheet as it is now (what the file leaves alone keeps its value) and the result
// goes through the form's schema once more, for what only a whole sheet can get wrong (operators
// that add up to more than the total, no area left, an entity without its region). About 0.4 ms
// a row on a busy machine: the loop gives way to other requests every ROWS_PER_TURN rows, so a file
// of 10,000 updates never holds the request thread for seconds.

const ROWS_PER_TURN = 200;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function mergeUpdates(client: Db, reference: Reference, parsed: ParsedFile): Promise<ParsedFile> {
  if (parsed.problemCount || parsed.updates.length === 0) return parsed;
  const existing = await loadExisting(
    client,
    parsed.updates.map((update) => update.code),
  );
  const schema = practiceInputSchema(reference);
  const problems = new ProblemLog();
  const merged: ImportRow[] = [];
  for (const [index, { row, code, said, stamp }] of parsed.updates.entries()) {
    if (index > 0 && index % ROWS_PER_TURN === 0) await nextTurn();
    const current = existing.get(codeKey(code));
    if (!current) {
      problems.add({
        row,
        column: "codice",
        letter: parsed.letters.codice,
        message: `Codice: la scheda «${echo(code)}» non è più nel catalogo (eliminata mentre il file veniva controllato). Carica di nuovo il file.`,
      });
      continue;
    }
    const result = schema.safeParse(mergeWithCurrent(said, snapshotOf(current)));
    if (result.success) {
      const cell = (field: string) => (typeof said[field] === "string" && said[field].trim() ? said[field] : undefined);
      const [province, istatCode] = [cell("provincia"), cell("ente_codice_istat")];
      merged.push({ row, draft: result.data, stamp, baseVersion: current.version, province, istatCode });
      continue;
    }
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "_");
      problems.add({
        row,
        column: field === "_" ? null : field,
        letter: parsed.letters[field],
        message: issue.message,
      });
    }
  }
  if (problems.total)
    return { ...parsed, rows: [], updates: [], problems: problems.list(), problemCount: problems.total };
  return { ...parsed, rows: [...parsed.rows, ...merged].sort((a, b) => a.row - b.row), updates: [] };
}
