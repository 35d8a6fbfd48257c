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
  return { kind: "unknown", suggestions: searchComuni(name, 8) };
}
