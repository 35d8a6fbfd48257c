import Papa from "papaparse";
import { readSheet } from "read-excel-file/node";
import { decodeText, detectDelimiter } from "@/lib/import/decode-text";
import { MAX_IMPORT_ROWS, MAX_IMPORT_ROWS_LABEL, type ImportFormat } from "@/lib/import/limits";
import { columnLetter, type ImportProblem } from "@/lib/import/problems";

// A file as a table: the column names it declares and its non-empty records, each with the row
// number the user sees (spreadsheet row: header 1, first data row 2; JSON: element number).

export type RawRecord = { row: number; cells: Record<string, unknown> };
export type RawTable = { columns: string[]; records: RawRecord[]; problems: ImportProblem[]; details: string };

/** The file cannot be read as a table at all: the message says why, for the user. */
export class UnreadableFileError extends Error {}

const isBlank = (value: unknown) =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "");

function tableFromRows(rows: unknown[][], details: string): RawTable {
  const [header = [], ...data] = rows;
  const columns = header.map((cell) => (isBlank(cell) ? "" : String(cell).trim()));
  const problems: ImportProblem[] = [];
  const records: RawRecord[] = [];
  data.forEach((values, index) => {
    const row = index + 2;
    if (values.every(isBlank)) return;
    if (values.slice(columns.length).some((value) => !isBlank(value))) {
      problems.push({
        row,
        column: null,
        message: "La riga ha più celle delle colonne dell'intestazione: controlla separatori e virgolette nel testo.",
      });
    }
    const cells: Record<string, unknown> = {};
    columns.forEach((column, position) => {
      if (column) cells[column] = values[position];
      else if (!isBlank(values[position])) {
        problems.push({
          row,
          column: null,
          letter: columnLetter(position),
          message: "Valore in una colonna senza intestazione: aggiungi il nome della colonna o svuota la cella.",
        });
      }
    });
    records.push({ row, cells });
  });
  return { columns: columns.filter(Boolean), records, problems, details };
}

function readCsv(bytes: Uint8Array): RawTable {
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const table = tableFromRows(
    parsed.data,
    `codifica ${encoding.toUpperCase()}, separatore «${delimiter === "\t" ? "tabulazione" : delimiter}»`,
  );
  for (const error of parsed.errors) {
    table.problems.push({
      row: (error.row ?? 0) + 1,
      column: null,
      message: 'Virgolette non bilanciate: un testo aperto con " non è chiuso, o contiene " non raddoppiate.',
    });
  }
  return table;
}

/** read-excel-file's errors for files that are not a readable workbook (not .xlsx, corrupt, no sheet). */
const UNREADABLE_WORKBOOK = new Set(["InvalidInputError", "InvalidSpreadsheetError", "SheetNotFoundError"]);

async function readXlsx(bytes: Uint8Array): Promise<RawTable> {
  try {
    return tableFromRows(await readSheet(Buffer.from(bytes)), "primo foglio della cartella di lavoro");
  } catch (error) {
    if (error instanceof Error && UNREADABLE_WORKBOOK.has(error.name)) {
      throw new UnreadableFileError(
        "Il file non è una cartella di lavoro Excel (.xlsx) leggibile. Un vecchio file .xls va prima salvato come .xlsx.",
      );
    }
    throw error;
  }
}

function readJson(bytes: Uint8Array): RawTable {
  let data: unknown;
  try {
    data = JSON.parse(decodeText(bytes).text);
  } catch (error) {
    throw new UnreadableFileError(`Il file non è un JSON valido (${error instanceof Error ? error.message : error}).`);
  }
  if (!Array.isArray(data)) {
    throw new UnreadableFileError(
      'Il file JSON deve contenere un elenco di schede: [{ "codice": "…", "titolo": "…", … }, …].',
    );
  }
  const columns = new Set<string>();
  const problems: ImportProblem[] = [];
  const records: RawRecord[] = [];
  data.forEach((item, index) => {
    if (item === null || typeof item !== "object" || Array.isArray(item)) {
      problems.push({
        row: index + 1,
        column: null,
        message: "L'elemento non è un oggetto con le colonne del modello.",
      });
      return;
    }
    Object.keys(item).forEach((key) => columns.add(key));
    records.push({ row: index + 1, cells: item as Record<string, unknown> });
  });
  return { columns: [...columns], records, problems, details: "elenco JSON" };
}

/** Reads the file; refuses it whole when it cannot be read or has more rows than allowed. */
export async function readTable(bytes: Uint8Array, format: ImportFormat): Promise<RawTable> {
  const table = format === "csv" ? readCsv(bytes) : format === "xlsx" ? await readXlsx(bytes) : readJson(bytes);
  if (table.records.length === 0 && table.problems.length === 0) {
    throw new UnreadableFileError("Il file non contiene schede: dopo l'intestazione non c'è nessuna riga compilata.");
  }
  if (table.records.length > MAX_IMPORT_ROWS) {
    const count = new Intl.NumberFormat("it-IT").format(table.records.length);
    throw new UnreadableFileError(
      `Il file contiene ${count} schede: il limite è ${MAX_IMPORT_ROWS_LABEL} per file. Dividilo in più file.`,
    );
  }
  return table;
}
