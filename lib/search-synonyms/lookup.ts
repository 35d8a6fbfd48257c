import { TAGS } from "@/lib/cache-tags";
import { invalidatedSince } from "@/lib/cache/sync-state";
import { db } from "@/lib/db";
import { buildLookup, type SynonymLookup } from "@/lib/search-synonyms/expand";
import { synonymState as state, type LoadedSynonyms } from "@/lib/search-synonyms/current";

// Each process reads the synonym list once, then every search reuses it until an edit expires
// TAGS.searchSynonyms (in this process at once, in the others through the cache handlers' NOTIFY,
// lib/cache/tag-sync.ts). A search costs no query for it; the list's size costs only memory.

/** A safety net only: edits reach every process through the tag long before this. */
const MAX_AGE_MS = 10 * 60_000;

function fresh(loaded: LoadedSynonyms | undefined): loaded is LoadedSynonyms {
  return (
    loaded !== undefined &&
    Date.now() - loaded.loadedAt < MAX_AGE_MS &&
    !invalidatedSince(TAGS.searchSynonyms, loaded.loadedAt)
  );
}

/** The current list, read from the database only when this process has none or it expired. */
export async function loadSynonymLookup(): Promise<SynonymLookup> {
  if (fresh(state.loaded)) return state.loaded.lookup;
  state.loading ??= read().finally(() => {
    state.loading = undefined;
  });
  return (await state.loading).lookup;
}

async function read(): Promise<LoadedSynonyms> {
  const loadedAt = Date.now();
  const rows = await db.searchSynonym.findMany({ select: { phrases: true, expansions: true }, orderBy: { id: "asc" } });
  const loaded = { lookup: buildLookup(rows), loadedAt };
  state.loaded = loaded;
  return loaded;
}
