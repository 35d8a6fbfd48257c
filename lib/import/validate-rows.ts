import { recordInput, type ColumnMap } from "@/lib/import/columns";
import type { ImportProblem } from "@/lib/import/problems";
import type { RawRecord } from "@/lib/import/read-table";
import type { FieldName } from "@/lib/practices/practice-fields";
import { practiceInputSchema, type PracticeDraft, type Reference } from "@/lib/practices/practice-input";

// Every record through the same schema as the edit form, plus what only a whole file can get
// wrong: the same code on two rows, and codes reserved to illustrative data.

export type ImportRow = { row: number; draft: PracticeDraft };

/** Codes of the illustrative sheets (ESEMPIO-0001…) and of the template's example row. */
export const RESERVED_CODE_PREFIX = "ESEMPIO-";

export function validateRecords(
  records: RawRecord[],
  columns: ColumnMap,
  reference: Reference,
): { rows: ImportRow[]; problems: ImportProblem[] } {
  const schema = practiceInputSchema(reference);
  const rows: ImportRow[] = [];
  const problems: ImportProblem[] = [];
  const problem = (row: number, field: string, message: string) =>
    problems.push({
      row,
      column: field === "_" ? null : field,
      letter: columns.letters.get(field as FieldName),
      message,
    });
  const rowsByCode = new Map<string, { row: number; code: string }[]>();

  for (const record of records) {
    const { input, problems: cellProblems } = recordInput(record, columns);
    problems.push(...cellProblems);
    const code = typeof input.codice === "string" ? input.codice.trim() : "";
    if (code)
      rowsByCode.set(code.toUpperCase(), [...(rowsByCode.get(code.toUpperCase()) ?? []), { row: record.row, code }]);
    if (code.toUpperCase().startsWith(RESERVED_CODE_PREFIX)) {
      problem(
        record.row,
        "codice",
        `Codice: i codici che iniziano con ${RESERVED_CODE_PREFIX} sono riservati alle schede illustrative e alla riga di esempio del modello. Usa il codice della scheda reale, o elimina la riga di esempio.`,
      );
    }
    const parsed = schema.safeParse(input);
    if (parsed.success) {
      if (cellProblems.length === 0) rows.push({ row: record.row, draft: parsed.data });
    } else {
      for (const issue of parsed.error.issues) problem(record.row, String(issue.path[0] ?? "_"), issue.message);
    }
  }

  for (const sameCode of rowsByCode.values()) {
    if (sameCode.length < 2) continue;
    for (const { row, code } of sameCode) {
      const others = sameCode
        .filter((other) => other.row !== row)
        .map((other) => other.row)
        .join(", ");
      problem(
        row,
        "codice",
        `Codice: «${code}» compare anche ${sameCode.length > 2 ? "alle righe" : "alla riga"} ${others}: ogni scheda deve avere un codice diverso.`,
      );
    }
  }
  return { rows, problems };
}
