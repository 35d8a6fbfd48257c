// The import's limits and formats, shared by the upload page (shown and checked before
// sending), the route handler and the CLI (enforced). Plain constants: safe in client code.

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** The upload's whole request body: the file plus room for the multipart envelope around it. */
export const MAX_IMPORT_BODY_BYTES = MAX_IMPORT_BYTES + 64 * 1024;
export const MAX_IMPORT_ROWS = 20_000;
export const MAX_IMPORT_SIZE_LABEL = "10 MB";
export const MAX_IMPORT_ROWS_LABEL = "20.000";

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
