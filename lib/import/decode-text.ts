// Text files as Italian offices produce them: UTF-8 with or without BOM (LibreOffice, recent
// Excel), Windows-1252 (Excel's "CSV (delimitato dal separatore di elenco)"), UTF-16 with BOM
// (Excel's "Testo Unicode"). Windows-1252 is the fallback for anything that is not valid UTF-8:
// every byte sequence decodes in it, and Latin-1 text is never valid UTF-8 by accident.

export type TextEncodingName = "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}

const DELIMITERS = [";", ",", "\t"] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * The separator that splits the header line most. Column names never contain one, so the
 * header alone decides — unlike a guess over the data, where commas in free text mislead.
 */
export function detectDelimiter(text: string): Delimiter {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const parts = (delimiter: Delimiter) => header.split(delimiter).length;
  return DELIMITERS.reduce((best, delimiter) => (parts(delimiter) > parts(best) ? delimiter : best));
}
