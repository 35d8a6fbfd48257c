import { MAX_VALUES_PER_CELL, type ImportFormat } from "@/lib/import/limits";
import { columnLetter, ProblemLog } from "@/lib/import/problems";
import { echo } from "@/lib/text";
import type { RawRecord, RawTable } from "@/lib/import/read-table";
import { EXTRA_COLUMNS } from "@/lib/open-data/csv";
import {
  FIELD_LABELS,
  FIELD_NAMES,
  MULTI_VALUE_SEPARATOR,
  REQUIRED_FIELDS,
  TERM_FIELDS,
  type FieldName,
} from "@/lib/practices/practice-fields";
import { matchKey } from "@/lib/text";

// The file's columns matched to the template's: by name, ignoring case, accents and spacing,
// and also by the field's Italian label ("Titolo", "Codice ISTAT del comune"), since staff may
// have typed headers by hand.

const FIELD_BY_KEY = new Map<string, FieldName>(
  FIELD_NAMES.flatMap((field): [string, FieldName][] => [
    [matchKey(field), field],
    [matchKey(FIELD_LABELS[field]), field],
  ]),
);

// Columns our own CSV/JSON export adds after the template's: read back without complaint. Two of
// them tell which version of each sheet the file was exported from, to detect a stale file.
const EXPORT_ONLY = new Set(Object.keys(EXTRA_COLUMNS).map(matchKey));
const EXPORT_STAMPS = new Map<string, keyof ExportStamp>([
  [matchKey("versione"), "version"],
  [matchKey("aggiornata_il"), "updatedAt"],
]);

/** The version and date of the sheet a row of our export was written from. */
export type ExportStamp = { version?: number; updatedAt?: string };

// A cell our export neutralised against formula injection (a leading ') is read back as written.
const NEUTRALISED_FORMULA = /^'(?=[=+\-@\t\r])/;

export type ColumnMap = {
  fields: Map<string, FieldName>;
  letters: Map<FieldName, string>;
  stamps: Map<string, keyof ExportStamp>;
};

export function mapColumns(table: RawTable, format: ImportFormat): { columns: ColumnMap; problems: ProblemLog } {
  const headerRow = format === "json" ? null : 1;
  const fields = new Map<string, FieldName>();
  const stamps = new Map<string, keyof ExportStamp>();
  const letters = new Map<FieldName, string>();
  const seen = new Set<FieldName>();
  const problems = new ProblemLog();
  table.columns.forEach((column, position) => {
    const letter = headerRow ? columnLetter(position) : undefined;
    const field = FIELD_BY_KEY.get(matchKey(column));
    const stamp = EXPORT_STAMPS.get(matchKey(column));
    if (stamp) stamps.set(column, stamp);
    if (!field && EXPORT_ONLY.has(matchKey(column))) return;
    if (!field) {
      problems.add({
        row: headerRow,
        column,
        letter,
        message: `Colonna sconosciuta «${echo(column)}»: usa i nomi delle colonne del modello (${FIELD_NAMES.join(", ")}).`,
      });
    } else if (seen.has(field)) {
      problems.add({ row: headerRow, column, letter, message: `La colonna «${field}» compare più di una volta.` });
    } else {
      seen.add(field);
      fields.set(column, field);
      if (letter) letters.set(field, letter);
    }
  });
  for (const field of REQUIRED_FIELDS.filter((f) => !seen.has(f))) {
    problems.add({
      row: headerRow,
      column: field,
      message: `Manca la colonna obbligatoria «${field}» (${FIELD_LABELS[field]}).`,
    });
  }
  return { columns: { fields, letters, stamps }, problems };
}

/** A multi-valued cell (a list, or text with `|`) cut to MAX_VALUES_PER_CELL values, or null if within. */
function tooManyValues(field: FieldName, value: unknown): unknown[] | string | null {
  if (Array.isArray(value)) return value.length > MAX_VALUES_PER_CELL ? value.slice(0, MAX_VALUES_PER_CELL) : null;
  if (typeof value !== "string" || !(field in TERM_FIELDS)) return null;
  // split's limit stops at the first values: a cell of a million `|` is not split a million times.
  const values = value.split(MULTI_VALUE_SEPARATOR, MAX_VALUES_PER_CELL + 1);
  return values.length > MAX_VALUES_PER_CELL ? values.slice(0, MAX_VALUES_PER_CELL).join(MULTI_VALUE_SEPARATOR) : null;
}

function cellText(value: unknown): unknown {
  // An invalid date (a spreadsheet cell Excel could not read) stays empty rather than throwing.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(String).join(MULTI_VALUE_SEPARATOR);
  // A decimal number is written as Italians read it (1,125): "1.125" would be read as 1125.
  if (typeof value === "number" && !Number.isInteger(value)) return String(value).replace(".", ",");
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return value;
}

/**
 * A record keyed by field name, its cells as text. Spreadsheets turn dates into dates and
 * "072006" into the number 72006: both are turned back into what the schema expects.
 */
export function recordInput(
  record: RawRecord,
  columns: ColumnMap,
  problems: ProblemLog,
): { input: Record<string, unknown>; stamp: ExportStamp; valid: boolean } {
  const input: Record<string, unknown> = {};
  const before = problems.total;
  for (const [column, field] of columns.fields) {
    // A key a JSON object leaves out says nothing (a table's row has every column, blank or not).
    if (!Object.hasOwn(record.cells, column)) continue;
    let raw = record.cells[column];
    const cut = tooManyValues(field, raw);
    if (cut !== null) {
      problems.add({
        row: record.row,
        column: field,
        letter: columns.letters.get(field),
        message: `${FIELD_LABELS[field]}: più di ${MAX_VALUES_PER_CELL} valori in una cella.`,
      });
      raw = cut;
    }
    const value = cellText(raw);
    if (value !== null && value !== undefined && typeof value === "object") {
      problems.add({
        row: record.row,
        column: field,
        letter: columns.letters.get(field),
        message: `${FIELD_LABELS[field]}: il valore deve essere un testo.`,
      });
      continue;
    }
    input[field] = typeof value === "string" ? value.replace(NEUTRALISED_FORMULA, "") : value;
  }
  return { input, stamp: exportStamp(record, columns), valid: problems.total === before };
}

/** Unreadable stamps are ignored: the row is then compared by content, as a file without them. */
function exportStamp(record: RawRecord, columns: ColumnMap): ExportStamp {
  const stamp: ExportStamp = {};
  for (const [column, key] of columns.stamps) {
    const value = record.cells[column];
    const text = value instanceof Date ? value.toISOString() : String(cellText(value) ?? "").trim();
    if (key === "version" && /^\d{1,9}$/.test(text) && Number(text) > 0) stamp.version = Number(text);
    // With its time: a date alone cannot tell an edit made later the same day.
    if (key === "updatedAt" && /^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(Date.parse(text)))
      stamp.updatedAt = new Date(text).toISOString();
  }
  return stamp;
}
