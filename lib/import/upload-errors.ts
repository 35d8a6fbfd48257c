import { TOO_LARGE_MESSAGE } from "@/lib/import/limits";

/** Messages of /admin/import?errore=…, for uploads refused before a file could be read. */
export const UPLOAD_ERRORS = {
  dimensione: TOO_LARGE_MESSAGE,
  file: "Nessun file ricevuto: scegli un file .csv, .xlsx o .json e riprova.",
} as const;

export type UploadError = keyof typeof UPLOAD_ERRORS;
