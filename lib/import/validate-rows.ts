import { recordInput, type ColumnMap, type ExportStamp } from "@/lib/import/columns";
import { saidInput, type MergeOptions } from "@/lib/import/merge-row";
import { ProblemLog } from "@/lib/import/problems";
import type { RawRecord } from "@/lib/import/read-table";
import { codeKey } from "@/lib/practices/practice-code";
import type { FieldName } from "@/lib/practices/practice-fields";
import { practiceInputSchema, type PracticeDraft, type Reference } from "@/lib/practices/practice-input";
import { echo } from "@/lib/text";

// Every record through the same schema as the edit form, plus what only a whole file can get
// wrong: the same code on two rows, and codes reserved to illustrative data. A row for a new code
// becomes a whole sheet here; a row for a code already in the catalogue only says some fields,
// each checked here, and becomes a sheet once merged with the current one (merge-row.ts), on the
// request thread, which can read the database (analyse.ts).

/**
 * `baseVersion`: the version of the existing sheet whose values filled what the file left alone;
 * `stamp`: the version and date our export wrote in the row, when the file is one; `province` and
 * `istatCode`: the `provincia` and `ente_codice_istat` such a row states, which its draft may not
 * carry (entity-notes.ts).
 */
export type ImportRow = {
  row: number;
  draft: PracticeDraft;
  stamp?: ExportStamp;
  baseVersion?: number;
  province?: string;
  istatCode?: string;
};

/** A row for an existing sheet: only what the file says about it, each value already checked. */
export type UpdateRow = { row: number; code: string; said: Record<string, unknown>; stamp: ExportStamp };

/** The editor's choice for empty cells, and the codes the catalogue had when the file was sent. */
export type ValidateOptions = MergeOptions & { knownCodes: readonly string[] };

/** Codes of the illustrative sheets (ESEMPIO-0001…) and of the template's example row. */
export const RESERVED_CODE_PREFIX = "ESEMPIO-";

/** Rows a "same code" message names; past them, how many more (20,000 equal codes stay linear). */
const OTHER_ROWS_NAMED = 5;
const count = new Intl.NumberFormat("it-IT");

const isBlank = (value: unknown) => value === undefined || value === null || String(value).trim() === "";

export function validateRecords(
  records: RawRecord[],
  columns: ColumnMap,
  reference: Reference,
  options: ValidateOptions = { clearBlanks: false, knownCodes: [] },
): { rows: ImportRow[]; updates: UpdateRow[]; problems: ProblemLog } {
  const schema = practiceInputSchema(reference);
  // By key: a row «qaed-001» updates the sheet «QAED-001», under the catalogue's spelling.
  const known = new Map(options.knownCodes.map((code) => [codeKey(code), code]));
  const present = new Set(columns.fields.values());
  const rows: ImportRow[] = [];
  const updates: UpdateRow[] = [];
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
    const { input, stamp, valid } = recordInput(record, columns, problems);
    const code = typeof input.codice === "string" ? input.codice.trim() : "";
    if (code) {
      const key = codeKey(code);
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
    const knownCode = known.get(codeKey(code));
    if (knownCode !== undefined) {
      // Only what the row says is checked here: the fields it leaves alone keep valid values.
      const said = { ...saidInput(input, present, options), codice: knownCode };
      const parsed = schema.safeParse(said);
      const issues = parsed.success ? [] : parsed.error.issues.filter((issue) => Object.hasOwn(said, issue.path[0]!));
      for (const issue of issues) problem(problems, record.row, String(issue.path[0]), issue.message);
      if (valid && issues.length === 0) updates.push({ row: record.row, code: knownCode, said, stamp });
      continue;
    }
    // A new sheet: an empty status publishes it.
    if (isBlank(input.stato)) input.stato = "pubblicata";
    const parsed = schema.safeParse(input);
    if (parsed.success) {
      if (valid) rows.push({ row: record.row, draft: parsed.data, stamp });
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
  return { rows, updates, problems };
}
