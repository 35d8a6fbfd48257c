import { MARK_END, MARK_START } from "@/lib/practices/search-sql";

// ts_headline cuts its fragments where its parser splits words, which is not always where a
// reader sees a word end ("dell'emergenza" loses "dell'"), and never says that text was left out.
// These helpers widen each fragment to whole words of the source and mark what was left out.

const ELLIPSIS = "…";
const WORD_CHAR = /[\p{L}\p{N}'’]/u;
const SENTENCE_END = /[.!?]$/;
const MARKS = new RegExp(`[${MARK_START}${MARK_END}]`, "gu");

/** At most `max` characters of `text`, cut after a whole word, with "…" when something was left out. */
export function clipAtWord(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max + 1);
  const lastSpace = cut.search(/\s\S*$/u);
  const head = (lastSpace > 0 ? cut.slice(0, lastSpace) : trimmed.slice(0, max)).replace(/[\s,;:.–-]+$/u, "");
  return `${head}${ELLIPSIS}`;
}

/**
 * A search snippet (fragments joined by " … ", matches between MARK_START and MARK_END) widened to
 * whole words of `source`, with "…" before a first fragment that does not start the text and after
 * a last one that stops before its end (unless it ends a sentence); one "…" between fragments.
 */
export function tidySnippet(snippet: string, source: string): string {
  const fragments = snippet
    .split(` ${ELLIPSIS} `)
    .map((fragment) => widen(fragment.trim(), source))
    .filter((fragment) => fragment !== null);
  if (fragments.length === 0) return snippet;
  const first = fragments[0]!;
  const last = fragments[fragments.length - 1]!;
  const before = first.from > 0 ? `${ELLIPSIS} ` : "";
  const after = last.more && !SENTENCE_END.test(last.text) ? ` ${ELLIPSIS}` : "";
  return `${before}${fragments.map((fragment) => fragment.text).join(` ${ELLIPSIS} `)}${after}`;
}

/** A fragment grown to whole words: its text, where it starts, whether text follows it. */
function widen(fragment: string, source: string): { text: string; from: number; more: boolean } | null {
  const plain = fragment.replace(MARKS, "");
  if (!plain) return null;
  const start = source.indexOf(plain);
  if (start < 0) return { text: fragment, from: 1, more: true };
  let from = start;
  while (from > 0 && WORD_CHAR.test(source.charAt(from - 1)) && WORD_CHAR.test(source.charAt(from))) from--;
  let to = start + plain.length;
  while (to < source.length && WORD_CHAR.test(source.charAt(to)) && WORD_CHAR.test(source.charAt(to - 1))) to++;
  const text = `${source.slice(from, start)}${fragment}${source.slice(start + plain.length, to)}`.replace(
    /[\s,;:]+$/u,
    "",
  );
  return { text, from: source.slice(0, from).trim() ? from : 0, more: source.slice(to).trim() !== "" };
}
