import { mapColumns } from "@/lib/import/columns";
import type { ImportFormat } from "@/lib/import/limits";
import type { ImportProblem } from "@/lib/import/problems";
import { readTable, UnreadableFileError } from "@/lib/import/read-table";
import { validateRecords, type ImportRow, type UpdateRow, type ValidateOptions } from "@/lib/import/validate-rows";
import type { Reference } from "@/lib/practices/practice-input";

// The CPU-bound part of a dry run, from bytes to validated rows: reading, columns, every row
// through the schema. No database: it runs in a worker thread (parse-in-worker.ts), where a
// hostile file can exhaust only that thread's heap and time. Rows for sheets already in the
// catalogue come back as what they say (`updates`), merged with the sheets on the request thread.

export type ParsedFile = {
  rowCount: number;
  details: string;
  /** Rows for new codes, as whole sheets. */
  rows: ImportRow[];
  /** Rows for codes already in the catalogue: only what they say, checked field by field. */
  updates: UpdateRow[];
  /** The spreadsheet letter of each field's column (CSV, XLSX), for problems found after the worker. */
  letters: Record<string, string>;
  /** The first MAX_IMPORT_PROBLEMS problems in file order. */
  problems: ImportProblem[];
  /** All problems, counted. */
  problemCount: number;
};

/** A file refused whole, with one message for the user. */
export function refusedFile(message: string, details = ""): ParsedFile {
  return {
    rowCount: 0,
    details,
    rows: [],
    updates: [],
    letters: {},
    problems: [{ row: null, column: null, message }],
    problemCount: 1,
  };
}

export async function parseImportFile(
  bytes: Uint8Array,
  format: ImportFormat,
  reference: Reference,
  options?: ValidateOptions,
): Promise<ParsedFile> {
  let table;
  try {
    table = await readTable(bytes, format);
  } catch (error) {
    if (error instanceof UnreadableFileError) return refusedFile(error.message);
    throw error;
  }
  const { columns, problems: headerProblems } = mapColumns(table, format);
  // With the header wrong, every row would repeat the same complaint: report the header only.
  const problems = table.problems;
  problems.absorb(headerProblems);
  let rows: ImportRow[] = [];
  let updates: UpdateRow[] = [];
  if (!headerProblems.total) {
    const validated = validateRecords(table.records, columns, reference, options);
    problems.absorb(validated.problems);
    rows = validated.rows;
    updates = validated.updates;
  }
  return {
    rowCount: table.records.length,
    details: table.details,
    rows: problems.total ? [] : rows,
    updates: problems.total ? [] : updates,
    letters: Object.fromEntries(columns.letters),
    problems: problems.list(),
    problemCount: problems.total,
  } satisfies ParsedFile;
}
