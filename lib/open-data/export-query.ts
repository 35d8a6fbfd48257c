import { db } from "@/lib/db";
import { publicPracticeSelect } from "@/lib/practices/public-fields";
import type { PracticeWithRelations } from "@/lib/open-data/record";
import { correctSpelling, facetKeysFromDatabase, readWithIndexes } from "@/lib/practices/queries";
import type { PracticeFilters } from "@/lib/practices/search-params";
import { loadSynonymLookup } from "@/lib/search-synonyms/lookup";
import { countsQuery, pageIdsQuery, type SelectedKeys } from "@/lib/practices/search-sql";

// Every sheet a listing URL matches, in the listing's order: what "export what I am looking at"
// and the feeds read. The ids come from the listing's own queries, sent as the listing sends them
// (lib/practices/queries.ts: facet keys resolved first, text reads through the indexes, relevance
// told the total), so the rows are exactly those the listing counts, in its order (including its
// fallback to a spelling-corrected query).

/**
 * A safety bound far above the catalogue's size: exports are built in memory, so a larger one is
 * refused with a clear message (ExportTooLargeError) rather than cut short or left to exhaust it.
 */
export const MAX_EXPORT_ROWS = 50_000;

export class ExportTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`La selezione supera ${limit.toLocaleString("it-IT")} schede: restringi i filtri per scaricarla.`);
  }
}
const CHUNK = 1_000;

/**
 * `max` bounds the ids returned: past it the export is refused (ExportTooLargeError), unless
 * `truncate` (a feed only needs the most recent of the matches it can see).
 */
export async function listMatchingIds(
  filters: PracticeFilters,
  { max = MAX_EXPORT_ROWS, truncate = false } = {},
): Promise<number[]> {
  const bounded = async (query: PracticeFilters) => {
    const ids = await idsFor(query, max + 1);
    if (ids.length <= max) return ids;
    if (truncate) return ids.slice(0, max);
    throw new ExportTooLargeError(max);
  };
  if (filters.q) await loadSynonymLookup();
  const ids = await bounded(filters);
  if (ids.length > 0 || !filters.q || filters.exact) return ids;
  const corrected = await correctSpelling(filters.q);
  return corrected ? bounded({ ...filters, q: corrected }) : ids;
}

async function idsFor(filters: PracticeFilters, limit: number) {
  const keys = await facetKeysFromDatabase(filters);
  // Only relevance order depends on the total (past RANKED_LIMIT matches it ranks the most recent
  // ones only); without it a common word would rank every match. The other orders skip the count.
  const total = filters.q && filters.sort === "rilevanza" ? await countMatching(filters, keys) : undefined;
  if (total === 0) return [];
  const rows = await readWithIndexes<{ id: number }[]>(
    filters,
    pageIdsQuery({ ...filters, page: 1 }, limit, 0, keys, total),
  );
  return rows.map((row) => row.id);
}

/** The listing's total, from its own counts query (the row of facet ''). */
async function countMatching(filters: PracticeFilters, keys: SelectedKeys) {
  const rows = await readWithIndexes<{ facet: string; count: number }[]>(filters, countsQuery(filters, keys));
  return rows.find((row) => row.facet === "")?.count ?? 0;
}

/** The sheets with these ids and everything a record needs, in the given order. */
export async function loadPractices(ids: number[]): Promise<PracticeWithRelations[]> {
  const byId = new Map<number, PracticeWithRelations>();
  for (let start = 0; start < ids.length; start += CHUNK) {
    const rows = await db.practice.findMany({
      where: { id: { in: ids.slice(start, start + CHUNK) }, status: "PUBLISHED" },
      select: publicPracticeSelect,
    });
    for (const row of rows) byId.set(row.id, row);
  }
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

/** The most recently changed of the given sheets, newest first: what a feed shows. */
export async function loadRecentlyUpdated(ids: number[], limit: number): Promise<PracticeWithRelations[]> {
  if (ids.length === 0) return [];
  return db.practice.findMany({
    where: { id: { in: ids }, status: "PUBLISHED" },
    select: publicPracticeSelect,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: limit,
  });
}
