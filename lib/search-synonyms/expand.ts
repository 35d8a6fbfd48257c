import { searchWords } from "@/lib/practices/search-words";

// Query expansion by the synonym list, done on the query and not on the index: the list can change
// without reindexing the sheets, and needs no dictionary files in PostgreSQL's sharedir (which an
// embedded or managed PostgreSQL does not let us write). PostgreSQL still does the matching: each
// expanded phrase becomes a phraseto_tsquery with the Italian configuration (lib/practices/search-sql.ts).

export type SynonymEntry = { phrases: string[]; expansions: string[] };

/** Phrases (normalised words joined by one space) to what else to search for. */
export type SynonymLookup = { byPhrase: ReadonlyMap<string, readonly string[]>; longest: number };

/** A phrase of the query found in the list: the query needs `typed` or any of `alternatives`. */
export type SynonymGroup = { typed: string; alternatives: string[] };

export type ExpandedQuery = {
  /** The rest of the query, for websearch_to_tsquery as before. */
  rest: string;
  groups: SynonymGroup[];
};

export const EMPTY_LOOKUP: SynonymLookup = { byPhrase: new Map(), longest: 0 };

/** How a phrase is stored and matched: lowercase, unaccented words separated by one space. */
export function normalisePhrase(text: string) {
  return searchWords(text).join(" ");
}

export function buildLookup(entries: SynonymEntry[]): SynonymLookup {
  const byPhrase = new Map<string, string[]>();
  let longest = 0;
  for (const entry of entries) {
    for (const raw of entry.phrases) {
      const phrase = normalisePhrase(raw);
      if (!phrase) continue;
      const alternatives = byPhrase.get(phrase) ?? [];
      for (const expansion of entry.expansions) {
        const text = expansion.trim();
        if (text && normalisePhrase(text) !== phrase && !alternatives.includes(text)) alternatives.push(text);
      }
      if (alternatives.length === 0) continue;
      byPhrase.set(phrase, alternatives);
      longest = Math.max(longest, phrase.split(" ").length);
    }
  }
  return { byPhrase, longest };
}

type Token = { raw: string; words: string[]; kind: "plain" | "quoted" | "other" };

/** The query's tokens in websearch_to_tsquery's terms: quoted phrases, negated words, plain words. */
function tokenize(q: string): Token[] {
  const tokens: Token[] = [];
  for (const match of q.matchAll(/"([^"]*)"?|[^\s"]+/g)) {
    const raw = match[0];
    if (match[1] !== undefined) tokens.push({ raw, words: searchWords(match[1]), kind: "quoted" });
    else if (raw.startsWith("-")) tokens.push({ raw, words: [], kind: "other" });
    else tokens.push({ raw, words: searchWords(raw), kind: "plain" });
  }
  return tokens;
}

/**
 * Splits a query into phrases found in the list (whole tokens only; a quoted phrase only as a
 * whole) and the rest. Negated words are never expanded, and a query using `or` is left as typed:
 * its groups would change what the `or` joins.
 */
export function expandQuery(q: string, lookup: SynonymLookup): ExpandedQuery {
  const unchanged = { rest: q, groups: [] };
  if (lookup.byPhrase.size === 0) return unchanged;
  const tokens = tokenize(q);
  if (tokens.some((token) => token.kind === "plain" && /^or$/i.test(token.raw))) return unchanged;
  const rest: string[] = [];
  const groups: SynonymGroup[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const found = token.kind === "other" ? null : longestMatch(tokens, i, lookup);
    if (found) {
      groups.push({ typed: found.phrase, alternatives: [...lookup.byPhrase.get(found.phrase)!] });
      i = found.end;
    } else {
      rest.push(token.raw);
      i += 1;
    }
  }
  return groups.length ? { rest: rest.join(" "), groups } : unchanged;
}

function longestMatch(tokens: Token[], start: number, lookup: SynonymLookup) {
  const first = tokens[start]!;
  if (first.kind === "quoted") {
    const phrase = first.words.join(" ");
    return lookup.byPhrase.has(phrase) ? { phrase, end: start + 1 } : null;
  }
  let best: { phrase: string; end: number } | null = null;
  const words: string[] = [];
  for (let end = start; end < tokens.length && tokens[end]!.kind === "plain"; end++) {
    words.push(...tokens[end]!.words);
    if (words.length > lookup.longest) break;
    const phrase = words.join(" ");
    if (phrase && lookup.byPhrase.has(phrase)) best = { phrase, end: end + 1 };
  }
  return best;
}

/** The words of the query that a synonym covers (typo correction leaves them alone). */
export function coveredWords(expanded: ExpandedQuery) {
  return new Set(expanded.groups.flatMap((group) => group.typed.split(" ")));
}
