import { comuniByIstatCode, type Comune } from "@/lib/comuni";
import { matchKey } from "@/lib/text";

// Finding a comune from what a person typed: a name, the "Nome (Provincia)" the autocomplete
// fills in (six names belong to two comuni each), or an ISTAT code.

type Entry = { comune: Comune; key: string; provinceKey: string };
let entries: Entry[] | undefined;

/** All comuni, larger first: the order suggestions are offered in. */
function index() {
  entries ??= [...comuniByIstatCode().values()]
    .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name, "it"))
    .map((comune) => ({ comune, key: matchKey(comune.name), provinceKey: matchKey(comune.province) }));
  return entries;
}

export const comuneLabel = (comune: Comune) => `${comune.name} (${comune.province})`;

/** Comuni whose name starts with the text, then those that contain it, accents and case ignored. */
export function searchComuni(text: string, limit: number): Comune[] {
  const key = matchKey(text);
  if (!key) return [];
  const starting: Comune[] = [];
  const containing: Comune[] = [];
  for (const entry of index()) {
    if (entry.key.startsWith(key)) starting.push(entry.comune);
    else if (entry.key.includes(key)) containing.push(entry.comune);
    if (starting.length >= limit) break;
  }
  return [...starting, ...containing].slice(0, limit);
}

/** pg_trgm's trigrams of a key: each word padded with two spaces before and one after. */
function trigrams(key: string) {
  const set = new Set<string>();
  for (const word of key.split(/[^a-z0-9]+/).filter(Boolean)) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
  }
  return set;
}

/** pg_trgm's similarity: shared trigrams over all trigrams of the two. */
export function trigramSimilarity(a: string, b: string) {
  const x = trigrams(matchKey(a));
  const y = trigrams(matchKey(b));
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  const union = x.size + y.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Comuni whose name is spelt like the text ("Soletto" → Soleto), most similar first, then larger.
 * The same measure as PostgreSQL's pg_trgm, computed here because the ISTAT list lives in the
 * application, not in the database (7,904 names: about a millisecond).
 */
export function similarlySpeltComuni(text: string, limit: number, threshold = 0.4): Comune[] {
  const key = matchKey(text);
  if (key.length < 3) return [];
  const target = trigrams(key);
  const scored: { comune: Comune; score: number }[] = [];
  for (const entry of index()) {
    const candidate = trigrams(entry.key);
    let shared = 0;
    for (const t of target) if (candidate.has(t)) shared++;
    const score = shared / (target.size + candidate.size - shared);
    if (score >= threshold) scored.push({ comune: entry.comune, score });
  }
  // index() is sorted by population, and sort is stable: equal scores stay larger first.
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((item) => item.comune);
}

export type ComuneLookup =
  | { kind: "found"; comune: Comune }
  | { kind: "ambiguous"; candidates: Comune[] }
  | { kind: "unknown"; suggestions: Comune[] };

export function resolveComune(text: string): ComuneLookup {
  const trimmed = text.trim();
  if (/^\d{6}$/.test(trimmed)) {
    const comune = comuniByIstatCode().get(trimmed);
    return comune ? { kind: "found", comune } : { kind: "unknown", suggestions: [] };
  }
  const [, name = trimmed, province] = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(trimmed) ?? [];
  const nameKey = matchKey(name);
  const provinceKey = province === undefined ? null : matchKey(province);
  const sameName = index().filter((entry) => entry.key === nameKey);
  const matches = provinceKey ? sameName.filter((entry) => entry.provinceKey === provinceKey) : sameName;
  const [match] = matches;
  if (match && matches.length === 1) return { kind: "found", comune: match.comune };
  if (sameName.length > 1) return { kind: "ambiguous", candidates: sameName.map((entry) => entry.comune) };
  const [only] = sameName;
  if (only) return { kind: "found", comune: only.comune };
  const spelt = similarlySpeltComuni(name, 5);
  const containing = searchComuni(name, 8).filter((c) => !spelt.includes(c));
  return { kind: "unknown", suggestions: [...spelt, ...containing].slice(0, 8) };
}
