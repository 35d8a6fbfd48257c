import { EMPTY_LOOKUP, type SynonymLookup } from "@/lib/search-synonyms/expand";

// The synonym list as this process last loaded it (lookup.ts loads it), kept apart from the
// database client so that the synchronous SQL builders (lib/practices/search-sql.ts) can read it.

export type LoadedSynonyms = { lookup: SynonymLookup; loadedAt: number };
type State = { loaded?: LoadedSynonyms; loading?: Promise<LoadedSynonyms> };

const globalForSynonyms = globalThis as unknown as { searchSynonyms?: State };
export const synonymState: State = (globalForSynonyms.searchSynonyms ??= {});

/**
 * The list as last loaded, for the SQL builders: every entry point that searches awaits
 * loadSynonymLookup() first (searchPractices, countPractices, the exports, the admin list).
 */
export function currentSynonymLookup(): SynonymLookup {
  return synonymState.loaded?.lookup ?? EMPTY_LOOKUP;
}

/** Drops this process's copy (after an edit in this process; tests). */
export function forgetSynonymLookup() {
  synonymState.loaded = undefined;
}
