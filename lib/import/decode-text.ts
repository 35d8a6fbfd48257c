// Text files as Italian offices produce them: UTF-8 with or without BOM (LibreOffice, recent
// Excel), Windows-1252 (Excel's "CSV (delimitato dal separatore di elenco)"), UTF-16 with BOM
// (Excel's "Testo Unicode") or without it (some exports from other programs). Windows-1252 is the
// fallback for anything that is not valid UTF-8: every byte sequence decodes in it, and Latin-1
// text is never valid UTF-8 by accident.

export type TextEncodingName = "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  // Before UTF-8: text in UTF-16 without its BOM is valid UTF-8 too, with a NUL after every letter.
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}

/** UTF-16 without a BOM: in Latin text one byte of every pair is zero, always the same one. */
function bomlessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const pairs = Math.floor(Math.min(bytes.length, 4096) / 2);
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  if (oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.05) return "utf-16le";
  if (evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.05) return "utf-16be";
  return null;
}

// UTF-8 read once as Windows-1252 and saved again ("Ã¨" for "è", "â€™" for "’"): a lead byte
// (Â, Ã, â) followed by what Windows-1252 makes of UTF-8's continuation bytes 0x80–0xBF; "Ã "
// too, for "à" whose no-break space became a plain one. None of these pairs occurs in Italian.
const CONTINUATION_CHARS = new TextDecoder("windows-1252").decode(Uint8Array.from({ length: 64 }, (_, i) => 0x80 + i));
const continuationClass = `[${CONTINUATION_CHARS.replace(/[\\\]^-]/g, "\\$&")}]`;
const DOUBLE_ENCODED = new RegExp(`[\u00C2\u00C3]${continuationClass}|\u00C3 |\u00E2${continuationClass}{2}`);

/** The first stretch of text that looks converted twice between encodings, with a little context; null if none. */
export function doubleEncodedExcerpt(text: string): string | null {
  const match = DOUBLE_ENCODED.exec(text);
  if (!match) return null;
  // Whole words around it, at most 60 characters.
  const from = text.lastIndexOf(" ", Math.max(0, match.index - 10)) + 1;
  const space = text.indexOf(" ", match.index + match[0].length + 10);
  const to = Math.min(space < 0 ? text.length : space, from + 60);
  return text.slice(from, to).replace(/\s+/g, " ").trim();
}

const DELIMITERS = [";", ",", "\t"] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export const isDelimiter = (text: string): text is Delimiter => (DELIMITERS as readonly string[]).includes(text);

// Excel writes and honours a first line `sep=;` (hidden when it opens the file); saved again by a
// spreadsheet, the line may come back quoted or padded with separators: `"sep=;";;;`.
const SEPARATOR_LINE = /^"?sep=(.)"?\1*(?:\r\n|\n|\r|$)/i;

/** A first line `sep=X`: the separator it names and the text after it; null without one. */
export function separatorLine(text: string): { separator: string; rest: string } | null {
  const match = SEPARATOR_LINE.exec(text);
  return match ? { separator: match[1]!, rest: text.slice(match[0].length) } : null;
}

/**
 * The separator that splits the header line most. Column names never contain one, so the
 * header alone decides — unlike a guess over the data, where commas in free text mislead.
 */
export function detectDelimiter(text: string): Delimiter {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const parts = (delimiter: Delimiter) => header.split(delimiter).length;
  return DELIMITERS.reduce((best, delimiter) => (parts(delimiter) > parts(best) ? delimiter : best));
}
