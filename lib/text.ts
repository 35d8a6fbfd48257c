/** Lowercase ASCII words joined by hyphens: "Città di Bari" → "citta-di-bari". */
export function slugify(text: string, maxLength = 90): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/g, "");
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,149}$/;

/** Whether a value is shaped like one of our slugs (pages and cached reads look nothing else up). */
export function isSlug(value: unknown): value is string {
  return typeof value === "string" && SLUG.test(value);
}

/** A comparison key that ignores case, accents, punctuation and spacing. */
export function matchKey(text: string): string {
  return slugify(text, 500);
}

/** Characters of someone's value quoted back in a message (an import cell may hold 30,000). */
export const MAX_ECHO_CHARS = 60;

/** A value quoted in a message: at most MAX_ECHO_CHARS characters, then "…". */
export function echo(value: unknown): string {
  const text = String(value);
  return text.length > MAX_ECHO_CHARS ? `${text.slice(0, MAX_ECHO_CHARS)}…` : text;
}

/**
 * Text as stored from the edit form and from imports (both through practiceInputSchema): Unicode
 * NFC, CRLF and CR as LF, no trailing spaces on a line, no surrounding whitespace. One function, so
 * the same text typed in a browser and read from a spreadsheet compares equal and history shows no
 * phantom changes.
 */
export function normaliseText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00a0]+$/gm, "")
    .trim();
}
