import Papa from "papaparse";
import {
  decodeText,
  detectDelimiter,
  doubleEncodedExcerpt,
  isDelimiter,
  separatorLine,
} from "@/lib/import/decode-text";
import {
  MAX_CELL_CHARS,
  MAX_IMPORT_CELLS,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_LINES,
  MAX_IMPORT_ROWS,
  MAX_IMPORT_ROWS_LABEL,
  type ImportFormat,
} from "@/lib/import/limits";
import { columnLetter, ProblemLog } from "@/lib/import/problems";
import { echo } from "@/lib/text";
import { exportedSheets, flattenExportRecord } from "@/lib/import/export-records";
import { jsonErrorMessage } from "@/lib/import/json-syntax";
import { readFirstSheet, workbookKind, WorkbookRefusedError } from "@/lib/import/read-xlsx";

// A file as a table: the column names it declares and its non-empty records, each with the row
// number the user sees (spreadsheet row: header 1, first data row 2; JSON: element number).
// Every count is bounded while reading (limits.ts): a file past a limit is refused whole, with
// the limit in the message, before any per-row work.

export type RawRecord = { row: number; cells: Record<string, unknown> };
export type RawTable = { columns: string[]; records: RawRecord[]; problems: ProblemLog; details: string };

/** The file cannot be read as a table at all: the message says why, for the user. */
export class UnreadableFileError extends Error {}

const number = new Intl.NumberFormat("it-IT");

const isBlank = (value: unknown) =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "");

/**
 * A column name or JSON key as text Postgres and the page can hold: NUL and lone surrogates
 * (which JSON and `\u` escapes allow) become U+FFFD, so the problem that names them can be stored.
 */
export function cleanName(value: string): string {
  return value.toWellFormed().replaceAll("\u0000", "\uFFFD");
}

const EMPTY_FILE =
  "Il file è vuoto: non contiene né l'intestazione né schede. Controlla di aver scelto il file giusto.";

/** The text of a CSV or JSON file, refused when there is none (a BOM, blank lines). */
function fileText(bytes: Uint8Array) {
  const decoded = decodeText(bytes);
  if (decoded.text.trim() === "") throw new UnreadableFileError(EMPTY_FILE);
  return decoded;
}

const tooManyColumns = (count: number) =>
  new UnreadableFileError(
    `Il file ha ${number.format(count)} colonne: il modello ne ha 25 e il limite è ${MAX_IMPORT_COLUMNS}. Controlla l'intestazione (riga 1) e il separatore.`,
  );
const tooManyRows = (count: number | null) =>
  new UnreadableFileError(
    `Il file contiene ${count === null ? "più di " + MAX_IMPORT_ROWS_LABEL : number.format(count)} schede: il limite è ${MAX_IMPORT_ROWS_LABEL} per file. Dividilo in più file.`,
  );
const tooManyCells = () =>
  new UnreadableFileError(
    `Il file contiene più di ${number.format(MAX_IMPORT_CELLS)} celle: controlla che le righe abbiano le colonne del modello, o dividilo in più file.`,
  );

/** A cell's value within MAX_CELL_CHARS (a longer one is cut and reported); strings well-formed. */
function boundedCell(
  value: unknown,
  row: number,
  where: { column: string | null; letter?: string },
  problems: ProblemLog,
): unknown {
  if (typeof value !== "string") return value;
  if (value.length > MAX_CELL_CHARS) {
    problems.add({
      row,
      ...where,
      message: `La cella contiene ${number.format(value.length)} caratteri: il limite è ${number.format(MAX_CELL_CHARS)}.`,
    });
    return value.slice(0, MAX_CELL_CHARS).toWellFormed();
  }
  return value.toWellFormed();
}

/** Builds the table row by row; the caller feeds rows in file order and may stop early. */
class TableBuilder {
  columns: string[] = [];
  readonly records: RawRecord[] = [];
  readonly problems = new ProblemLog();
  private cells = 0;
  private headerRead = false;

  /** `index`: zero-based position of the row in the file (the header is 0). */
  add(values: unknown[], index: number) {
    this.cells += values.length;
    if (this.cells > MAX_IMPORT_CELLS) throw tooManyCells();
    if (!this.headerRead) {
      this.headerRead = true;
      // Empty cells after the last name (a sheet formatted further right) are not columns.
      let width = values.length;
      while (width > 0 && isBlank(values[width - 1])) width--;
      if (width > MAX_IMPORT_COLUMNS) throw tooManyColumns(width);
      this.columns = values
        .slice(0, width)
        .map((cell) => (isBlank(cell) ? "" : cleanName(String(cell).slice(0, MAX_CELL_CHARS)).trim()));
      return;
    }
    const row = index + 1;
    if (values.every(isBlank)) return;
    if (this.records.length >= MAX_IMPORT_ROWS) throw tooManyRows(null);
    const { columns, problems } = this;
    if (values.length > columns.length && values.slice(columns.length).some((value) => !isBlank(value))) {
      problems.add({
        row,
        column: null,
        message: "La riga ha più celle delle colonne dell'intestazione: controlla separatori e virgolette nel testo.",
      });
    }
    const cells: Record<string, unknown> = {};
    columns.forEach((column, position) => {
      if (column)
        cells[column] = boundedCell(values[position], row, { column, letter: columnLetter(position) }, problems);
      else if (!isBlank(values[position])) {
        problems.add({
          row,
          column: null,
          letter: columnLetter(position),
          message: "Valore in una colonna senza intestazione: aggiungi il nome della colonna o svuota la cella.",
        });
      }
    });
    this.records.push({ row, cells });
  }

  table(details: string): RawTable {
    return { columns: this.columns.filter(Boolean), records: this.records, problems: this.problems, details };
  }
}

function readCsv(bytes: Uint8Array): RawTable {
  const { text: whole, encoding } = fileText(bytes);
  // Excel's `sep=;` line names the separator; Excel hides it, so the header stays row 1.
  const hint = separatorLine(whole);
  if (hint && !isDelimiter(hint.separator)) {
    throw new UnreadableFileError(
      `La prima riga del file («sep=${echo(hint.separator)}») indica il separatore «${echo(hint.separator)}»: l'importazione legge «;», «,» e la tabulazione. Salva di nuovo il file come «CSV UTF-8».`,
    );
  }
  const text = hint ? hint.rest : whole;
  const delimiter = hint && isDelimiter(hint.separator) ? hint.separator : detectDelimiter(text);
  const builder = new TableBuilder();
  let index = 0;
  let refusal: unknown = null;
  // Row by row (papaparse's step), so that a limit stops the reading where it is passed.
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step(results, parser) {
      try {
        if (index >= MAX_IMPORT_LINES)
          throw new UnreadableFileError(
            `Il file ha più di ${number.format(MAX_IMPORT_LINES)} righe (anche vuote): il limite è ${MAX_IMPORT_ROWS_LABEL} schede per file. Elimina le righe vuote o dividilo in più file.`,
          );
        builder.add(results.data, index);
        if (results.errors.length) {
          builder.problems.add({
            row: index + 1,
            column: null,
            message: 'Virgolette non bilanciate: un testo aperto con " non è chiuso, o contiene " non raddoppiate.',
          });
        }
        index++;
      } catch (error) {
        refusal = error;
        parser.abort();
      }
    },
  });
  if (refusal) throw refusal;
  return builder.table(
    `codifica ${encoding.toUpperCase()}, separatore «${delimiter === "\t" ? "tabulazione" : delimiter}»${hint ? " (indicato dalla riga «sep=»)" : ""}`,
  );
}

/** read-excel-file's errors for files that are not a readable workbook (not .xlsx, corrupt, no sheet). */
const UNREADABLE_WORKBOOK = new Set(["InvalidInputError", "InvalidSpreadsheetError", "SheetNotFoundError"]);

async function readXlsx(bytes: Uint8Array, note = ""): Promise<RawTable> {
  let rows: unknown[][];
  try {
    rows = await readFirstSheet(bytes);
  } catch (error) {
    if (error instanceof WorkbookRefusedError) throw new UnreadableFileError(error.message);
    if (error instanceof Error && UNREADABLE_WORKBOOK.has(error.name)) {
      throw new UnreadableFileError(
        "Il file non è una cartella di lavoro Excel (.xlsx) leggibile. Un vecchio file .xls va prima salvato come .xlsx.",
      );
    }
    throw error;
  }
  const builder = new TableBuilder();
  rows.forEach((values, index) => builder.add(values, index));
  return builder.table(`primo foglio della cartella di lavoro${note}`);
}

function readJson(bytes: Uint8Array): RawTable {
  const { text } = fileText(bytes);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UnreadableFileError(jsonErrorMessage(text));
  }
  data = exportedSheets(data) ?? data;
  if (!Array.isArray(data)) {
    throw new UnreadableFileError(
      'Il file JSON deve contenere un elenco di schede: [{ "codice": "…", "titolo": "…", … }, …].',
    );
  }
  if (data.length > MAX_IMPORT_ROWS) throw tooManyRows(data.length);
  const columns = new Set<string>();
  const problems = new ProblemLog();
  const records: RawRecord[] = [];
  let cellCount = 0;
  data.forEach((item, index) => {
    const row = index + 1;
    if (item === null || typeof item !== "object" || Array.isArray(item)) {
      problems.add({ row, column: null, message: "L'elemento non è un oggetto con le colonne del modello." });
      return;
    }
    cellCount += Object.keys(item).length;
    if (cellCount > MAX_IMPORT_CELLS) throw tooManyCells();
    // Our own JSON download read back as the template's columns (export-records.ts).
    const entries = Object.entries(flattenExportRecord(item as Record<string, unknown>));
    const cells: Record<string, unknown> = {};
    for (const [key, value] of entries) {
      const name = cleanName(key.slice(0, MAX_CELL_CHARS));
      if (!columns.has(name) && columns.size >= MAX_IMPORT_COLUMNS) throw tooManyColumns(columns.size + 1);
      columns.add(name);
      cells[name] = boundedCell(value, row, { column: name }, problems);
    }
    records.push({ row, cells });
  });
  return { columns: [...columns], records, problems, details: "elenco JSON" };
}

/** Reads the file; refuses it whole when it cannot be read or passes a limit. */
export async function readTable(bytes: Uint8Array, format: ImportFormat): Promise<RawTable> {
  if (bytes.length === 0) throw new UnreadableFileError(EMPTY_FILE);
  // A workbook saved or renamed with another extension is read as what it is.
  const workbook = format === "xlsx" ? null : workbookKind(bytes);
  if (workbook === "xls") {
    throw new UnreadableFileError(
      `Il file è una cartella di lavoro Excel nel vecchio formato .xls, non un .${format}: aprilo in Excel e salvalo come .xlsx (o come «CSV UTF-8»).`,
    );
  }
  const table =
    workbook === "xlsx"
      ? await readXlsx(bytes, ` (il file è un .xlsx, non un .${format})`)
      : format === "csv"
        ? readCsv(bytes)
        : format === "xlsx"
          ? await readXlsx(bytes)
          : readJson(bytes);
  if (table.records.length === 0 && table.problems.total === 0) {
    throw new UnreadableFileError("Il file non contiene schede: dopo l'intestazione non c'è nessuna riga compilata.");
  }
  flagDoubleEncoding(table);
  return table;
}

/**
 * Accents garbled by a conversion between encodings would be stored as they are, in every sheet
 * of the file: the first such cell is reported, which stops the import, with what to do.
 */
function flagDoubleEncoding(table: RawTable) {
  for (const { row, cells } of table.records) {
    for (const [column, value] of Object.entries(cells)) {
      const excerpt = typeof value === "string" ? doubleEncodedExcerpt(value) : null;
      if (excerpt) {
        table.problems.add({
          row,
          column,
          message: `Lettere accentate alterate («${excerpt}»: per esempio «Ã¨» al posto di «è»). Il file è stato convertito due volte tra codifiche diverse: riaprilo nel programma da cui proviene e salvalo come «CSV UTF-8», oppure come .xlsx.`,
        });
        return;
      }
    }
  }
}
