import type { ImportStatus } from "@/lib/generated/prisma/enums";
import { planImport, type Outcome, type RowOutcome } from "@/lib/import/apply";
import { mapColumns } from "@/lib/import/columns";
import { importPayloadJson, importSummaryJson } from "@/lib/import/job-json";
import { importFormatOf, MAX_IMPORT_BYTES, TOO_LARGE_MESSAGE } from "@/lib/import/limits";
import { sortProblems, type ImportProblem } from "@/lib/import/problems";
import { readTable, UnreadableFileError } from "@/lib/import/read-table";
import { validateRecords, type ImportRow } from "@/lib/import/validate-rows";
import type { Reference } from "@/lib/practices/practice-input";
import type { Db } from "@/lib/prisma-client";

// A file from bytes to a dry run: read, columns matched, rows validated, and — only when there
// is no problem at all — the plan of what committing would create, update or leave unchanged.

export type ImportSummary = {
  /** How the file was read ("codifica UTF-8, separatore «;»"), shown to the user. */
  details: string;
  counts: Record<Outcome, number>;
  problems: ImportProblem[];
  rows: RowOutcome[];
  /** Why a previewed job could not be committed after all. */
  failure?: string;
};

export type ImportAnalysis = {
  fileName: string;
  format: string;
  rowCount: number;
  summary: ImportSummary;
  rows: ImportRow[];
};

export type ImportFile = { name: string; bytes: Uint8Array };

const NO_COUNTS: Record<Outcome, number> = { created: 0, updated: 0, unchanged: 0 };

export async function analyseImport(client: Db, reference: Reference, file: ImportFile): Promise<ImportAnalysis> {
  const format = importFormatOf(file.name);
  const refused = (message: string, details = ""): ImportAnalysis => ({
    fileName: file.name,
    format: format ?? "?",
    rowCount: 0,
    summary: { details, counts: NO_COUNTS, problems: [{ row: null, column: null, message }], rows: [] },
    rows: [],
  });
  if (!format) return refused("Formato non riconosciuto: carica un file .csv, .xlsx o .json (vedi il modello).");
  if (file.bytes.length > MAX_IMPORT_BYTES) return refused(TOO_LARGE_MESSAGE);

  let table;
  try {
    table = await readTable(file.bytes, format);
  } catch (error) {
    if (error instanceof UnreadableFileError) return refused(error.message);
    throw error;
  }
  const { columns, problems: headerProblems } = mapColumns(table, format);
  // With the header wrong, every row would repeat the same complaint: report the header only.
  const { rows, problems: rowProblems } = headerProblems.length
    ? { rows: [], problems: [] }
    : validateRecords(table.records, columns, reference);
  const problems = sortProblems([...table.problems, ...headerProblems, ...rowProblems]);
  const outcomes = problems.length ? [] : await planImport(client, rows);
  const counts = { ...NO_COUNTS };
  for (const { outcome } of outcomes) counts[outcome]++;
  return {
    fileName: file.name,
    format,
    rowCount: table.records.length,
    summary: { details: table.details, counts, problems, rows: outcomes },
    rows: problems.length ? [] : rows,
  };
}

/** Records the dry run: a job ready to confirm, or a failed one that shows its problems. */
export async function saveImportJob(client: Db, analysis: ImportAnalysis, userId: number | null) {
  // Raw SQL with the JSON as text: for 10,000 rows, half the time of Prisma's Json input.
  const status: ImportStatus = analysis.summary.problems.length ? "FAILED" : "PREVIEW";
  const [job] = await client.$queryRaw<{ id: number; status: ImportStatus }[]>`
    INSERT INTO "ImportJob" ("userId", "fileName", "format", "status", "rowCount", "summary", "payload", "createdAt")
    VALUES (${userId}, ${analysis.fileName.slice(0, 255)}, ${analysis.format}, ${status}::"ImportStatus", ${analysis.rowCount},
      ${JSON.stringify(importSummaryJson.write(analysis.summary))}::jsonb, ${JSON.stringify(importPayloadJson.write({ rows: analysis.rows }))}::jsonb,
      ${new Date().toISOString()}::timestamp(3))
    RETURNING "id", "status"::text AS "status"`;
  if (!job) throw new Error("INSERT … RETURNING gave no import job row.");
  return job;
}
