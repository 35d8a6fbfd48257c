import { recordInput, type ColumnMap } from "@/lib/import/columns";
import { ProblemLog } from "@/lib/import/problems";
import type { RawRecord } from "@/lib/import/read-table";
import type { FieldName } from "@/lib/practices/practice-fields";
import { practiceInputSchema, type PracticeDraft, type Reference } from "@/lib/practices/practice-input";
import { echo } from "@/lib/text";

// Every record through the same schema as the edit form, plus what only a whole file can get
// wrong: the same code on two rows, and codes reserved to illustrative data.

export type ImportRow = { row: number; draft: PracticeDraft };

/** Codes of the illustrative sheets (ESEMPIO-0001…) and of the template's example row. */
export const RESERVED_CODE_PREFIX = "ESEMPIO-";

/** Rows a "same code" message names; past them, how many more (20,000 equal codes stay linear). */
const OTHER_ROWS_NAMED = 5;
const count = new Intl.NumberFormat("it-IT");

export function validateRecords(
  records: RawRecord[],
  columns: ColumnMap,
  reference: Reference,
): { rows: ImportRow[]; problems: ProblemLog } {
  const schema = practiceInputSchema(reference);
  const rows: ImportRow[] = [];
  const problems = new ProblemLog();
  const problem = (log: ProblemLog, row: number, field: string, message: string) =>
    log.add({
      row,
      column: field === "_" ? null : field,
      letter: columns.letters.get(field as FieldName),
      message,
    });
  const codes: { row: number; code: string; key: string }[] = [];
  const rowsByCode = new Map<string, number[]>();

  for (const record of records) {
    const { input, valid } = recordInput(record, columns, problems);
    const code = typeof input.codice === "string" ? input.codice.trim() : "";
    if (code) {
      const key = code.toUpperCase();
      codes.push({ row: record.row, code, key });
      const same = rowsByCode.get(key);
      if (same) same.push(record.row);
      else rowsByCode.set(key, [record.row]);
    }
    if (code.toUpperCase().startsWith(RESERVED_CODE_PREFIX)) {
      problem(
        problems,
        record.row,
        "codice",
        `Codice: i codici che iniziano con ${RESERVED_CODE_PREFIX} sono riservati alle schede illustrative e alla riga di esempio del modello. Usa il codice della scheda reale, o elimina la riga di esempio.`,
      );
    }
    const parsed = schema.safeParse(input);
    if (parsed.success) {
      if (valid) rows.push({ row: record.row, draft: parsed.data });
    } else {
      for (const issue of parsed.error.issues)
        problem(problems, record.row, String(issue.path[0] ?? "_"), issue.message);
    }
  }

  for (const { row, code, key } of codes) {
    const same = rowsByCode.get(key)!;
    if (same.length < 2) continue;
    const others = same.length - 1;
    const named = same
      .slice(0, OTHER_ROWS_NAMED + 1)
      .filter((other) => other !== row)
      .slice(0, OTHER_ROWS_NAMED)
      .join(", ");
    const more = others > OTHER_ROWS_NAMED ? ` e in altre ${count.format(others - OTHER_ROWS_NAMED)}` : "";
    problem(
      problems,
      row,
      "codice",
      `Codice: «${echo(code)}» compare anche ${others > 1 ? "alle righe" : "alla riga"} ${named}${more}: ogni scheda deve avere un codice diverso.`,
    );
  }
  return { rows, problems };
}
