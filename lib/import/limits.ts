// The import's limits and formats, shared by the upload page (shown and checked before
// sending), the route handler and the CLI (enforced). Plain constants: safe in client code.

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** The upload's whole request body: the file plus room for the multipart envelope around it. */
export const MAX_IMPORT_BODY_BYTES = MAX_IMPORT_BYTES + 64 * 1024;
export const MAX_IMPORT_ROWS = 20_000;
export const MAX_IMPORT_SIZE_LABEL = "10 MB";
export const MAX_IMPORT_ROWS_LABEL = "20.000";

// What a file may hold, checked while it is read, before any per-row work: a small file can
// otherwise declare a million columns, a million values in one cell or a gigabyte of XML.
/** Columns of the header (the template has 25; our own exports add 9). */
export const MAX_IMPORT_COLUMNS = 100;
/** Lines of a CSV file, blank ones included. */
export const MAX_IMPORT_LINES = 100_000;
/** Cells of the whole table (rows × columns as the file writes them). */
export const MAX_IMPORT_CELLS = 2_000_000;
/** Characters of one cell: the longest field, the description, takes 20,000. */
export const MAX_CELL_CHARS = 30_000;
/** Values of one multi-valued cell (`a|b|c`); a vocabulary has a few dozen at most. */
export const MAX_VALUES_PER_CELL = 50;
/** Bytes of XML an .xlsx may unpack to, all parts together (a 10 MB workbook of text is about 40). */
export const MAX_XLSX_UNZIPPED_BYTES = 64 * 1024 * 1024;
/** Parts of an .xlsx (a workbook of one sheet has about ten). */
export const MAX_XLSX_PARTS = 200;
/**
 * Longest run of spaces and the longest single tag in an .xlsx's XML. Excel and LibreOffice
 * write neither; the XML reader slows down quadratically on both (a 27 KB file padded with
 * spaces ran for a minute and overflowed the stack).
 */
export const MAX_XML_WHITESPACE_RUN = 4096;
export const MAX_XML_TAG_BYTES = 64 * 1024;
/** Problems kept for the preview (the first ones, in file order); the rest are only counted. */
export const MAX_IMPORT_PROBLEMS = 1_000;
/** Rows the preview's tables list; past them, only flagged rows keep their changes in the job. */
export const PREVIEW_ROWS = 1_000;
/** Reading and checking a file runs in a worker thread with this heap and this much time. */
export const IMPORT_WORKER_HEAP_MB = 256;
export const IMPORT_TIME_LIMIT_MS = 60_000;

export const IMPORT_FORMATS = ["csv", "xlsx", "json"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The file input's `accept`: extensions first, since browsers report CSV under several MIME types. */
export const IMPORT_ACCEPT =
  ".csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function importFormatOf(fileName: string): ImportFormat | null {
  const extension = fileName.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  return IMPORT_FORMATS.find((format) => format === extension) ?? null;
}

export const TOO_LARGE_MESSAGE = `Il file supera il limite di ${MAX_IMPORT_SIZE_LABEL}: dividilo in più file e importali uno alla volta.`;
