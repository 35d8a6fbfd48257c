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

/** A comparison key that ignores case, accents, punctuation and spacing. */
export function matchKey(text: string): string {
  return slugify(text, 500);
}
