import { db } from "@/lib/db";
import { indexedRead } from "@/lib/search-db";
import type { Practice, Prisma, Term } from "@/lib/generated/prisma/client";
import { FACETS, type FacetKey } from "@/lib/practices/facets";
import { publicPracticeSelect, type PublicPractice } from "@/lib/practices/public-fields";
import { PAGE_SIZE, type PracticeFilters } from "@/lib/practices/search-params";
import {
  cardsQuery,
  corrections,
  countQuery,
  countsQuery,
  FAILED_ROWS,
  facetKeysQuery,
  pageCardsQuery,
  type SelectedKeys,
  WITHOUT_WORDS_ROW,
} from "@/lib/practices/search-sql";
import { searchWords } from "@/lib/practices/search-words";
import { coveredWords, expandQuery } from "@/lib/search-synonyms/expand";
import { loadSynonymLookup } from "@/lib/search-synonyms/lookup";

// Reads of the public catalogue. Pages call the cached wrappers in lib/practices/catalogue.ts.

/** What a card shows (cardsQuery); a whole sheet with its relations is one too. */
export type PracticeCard = Pick<
  Practice,
  | "id"
  | "slug"
  | "title"
  | "serviceType"
  | "isSample"
  | "startDate"
  | "sustainability"
  | "operatorsTotal"
  | "summary"
  | "description"
> & {
  entity: { name: string; region: { name: string } };
  terms: { term: Pick<Term, "vocabulary" | "label"> }[];
  snippet: string | null;
};
export type FacetCounts = Record<FacetKey, Record<string, number>>;

export type PracticeSearchResult = {
  total: number;
  items: PracticeCard[];
  facetCounts: FacetCounts;
  /** For each selected facet, the total with that facet's selection dropped (and every other filter kept). */
  totalWithout: Partial<Record<FacetKey, number>>;
  /** When the words find nothing: the total with them dropped (and every other filter kept); else null. */
  totalWithoutWords: number | null;
  /** The query actually searched when the typed one found nothing and a spelling correction did. */
  correctedQuery: string | null;
  /** A spelling variant that finds clearly more than the typed words, offered as "Forse cercavi «…»?". */
  suggestedQuery: string | null;
  page: number;
  pageCount: number;
};

/**
 * The listing's read. A spelling variant of the words (unknown words replaced by similar indexed
 * ones, correctSpelling) is looked up alongside: it replaces the words when they find nothing and
 * it finds something, and is offered as a suggestion when it finds clearly more.
 */
export async function searchPractices(
  filters: PracticeFilters,
  knownKeys?: SelectedKeys,
): Promise<PracticeSearchResult> {
  await loadSynonymLookup();
  const keys = knownKeys ?? (await facetKeysFromDatabase(filters));
  const [result, variant] = await Promise.all([
    runSearch(filters, keys),
    filters.q && !filters.exact ? correctSpelling(filters.q) : null,
  ]);
  const plain = { ...result, correctedQuery: null, suggestedQuery: null };
  if (!variant) return plain;
  if (result.total === 0) {
    const retry = await runSearch({ ...filters, q: variant }, keys);
    return retry.total > 0 ? { ...retry, correctedQuery: variant, suggestedQuery: null } : plain;
  }
  const variantTotal = await countPractices({ ...filters, q: variant }, keys);
  return clearlyMore(variantTotal, result.total) ? { ...plain, suggestedQuery: variant } : plain;
}

/** "Clearly more": at least twice as many, and at least three more. */
export const clearlyMore = (variant: number, typed: number) => variant >= 2 * typed && variant - typed >= 3;

/**
 * A text query's reads go through the GIN index even when the word is in most sheets: Postgres
 * then prefers scanning the table and testing every sheet's tsvector, which it must detoast
 * (1.8 s against 0.27 s through the index for a word in 70,000 of 100,000 sheets).
 */
export async function readWithIndexes<T>(filters: PracticeFilters, query: Prisma.Sql) {
  return filters.q ? indexedRead<T>(query) : db.$queryRaw<T>(query);
}

/**
 * The facetKeys of the selected values, in one small round trip (facetKeysQuery). The cached reads
 * (lib/practices/catalogue.ts) resolve them from the vocabularies in memory instead and pass them in.
 */
export async function facetKeysFromDatabase(filters: PracticeFilters): Promise<SelectedKeys> {
  const keysQuery = facetKeysQuery(filters);
  return keysQuery ? ((await db.$queryRaw<SelectedKeys[]>(keysQuery))[0] ?? {}) : {};
}

/** How many published sheets match the filters (the listing's total, without the rest of its work). */
export async function countPractices(filters: PracticeFilters, knownKeys?: SelectedKeys): Promise<number> {
  if (filters.q) await loadSynonymLookup();
  const keys = knownKeys ?? (await facetKeysFromDatabase(filters));
  const [row] = await readWithIndexes<{ count: number }[]>(filters, countQuery(filters, keys));
  return row?.count ?? 0;
}

async function runSearch(filters: PracticeFilters, keys: SelectedKeys) {
  const rows = await readWithIndexes<{ facet: string; value: string; count: number }[]>(
    filters,
    countsQuery(filters, keys),
  );
  const facetCounts = Object.fromEntries(FACETS.map((facet) => [facet.key, {}])) as FacetCounts;
  const failing = new Map<string, number>();
  let total = 0;
  let withoutWords = 0;
  for (const row of rows) {
    if (row.facet === "") total = row.count;
    else if (row.facet === WITHOUT_WORDS_ROW) withoutWords = row.count;
    else if (row.facet === FAILED_ROWS) failing.set(row.value, row.count);
    else facetCounts[row.facet as FacetKey][slugForValue(row.facet as FacetKey, row.value)] = row.count;
  }
  const totalWithout = Object.fromEntries(
    FACETS.filter((facet) => filters.facets[facet.key].length > 0).map((facet) => [
      facet.key,
      total + (failing.get(facet.key) ?? 0),
    ]),
  );

  const totalWithoutWords = filters.q && total === 0 ? withoutWords : null;

  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const items = total
    ? await readWithIndexes<PracticeCard[]>(
        filters,
        pageCardsQuery(filters, PAGE_SIZE, (page - 1) * PAGE_SIZE, keys, total),
      )
    : [];
  return { total, items, facetCounts, totalWithout, totalWithoutWords, page, pageCount };
}

/** The cards of the given sheets, in the given order. */
async function loadCards(ids: number[]): Promise<PracticeCard[]> {
  return ids.length === 0 ? [] : db.$queryRaw<PracticeCard[]>(cardsQuery(ids));
}

/** Enum facets group by the database value (NUOVO); the URL and counts use the slug (nuovo). */
function slugForValue(key: FacetKey, value: string) {
  const facet = FACETS.find((f) => f.key === key)!;
  if (facet.kind !== "enum") return value;
  return facet.options.find((option) => option.value === value)?.slug ?? value;
}

/**
 * The query with each unknown word replaced by the most similar indexed word, or null if nothing
 * changes. Words a synonym covers ("dad", "senza tetto") are left alone, and a replacement must
 * look like a typo of the word, not another word (see corrections() in search-sql.ts).
 */
export async function correctSpelling(q: string): Promise<string | null> {
  const words = searchWords(q);
  const covered = coveredWords(expandQuery(q, await loadSynonymLookup()));
  const candidates = words.filter((word) => word.length >= MIN_CORRECTED_LENGTH && !covered.has(word));
  if (candidates.length === 0) return null;
  const rows = await indexedRead<{ word: string; known: boolean; suggestion: string | null }[]>(
    corrections(candidates),
  );
  const replacement = new Map(
    rows.filter((row) => !row.known && row.suggestion).map((row) => [row.word, row.suggestion!]),
  );
  if (replacement.size === 0) return null;
  return words.map((word) => replacement.get(word) ?? word).join(" ");
}

/** Shorter words are too ambiguous to correct ("rei", "asl"). */
const MIN_CORRECTED_LENGTH = 4;

export type PracticeDetail = PublicPractice;

export async function getPublishedPracticeBySlug(slug: string): Promise<PracticeDetail | null> {
  return db.practice.findFirst({ where: { slug, status: "PUBLISHED" }, select: publicPracticeSelect });
}

export async function listPublishedPracticeSlugs() {
  return db.practice.findMany({
    where: { status: "PUBLISHED" },
    select: { slug: true, updatedAt: true, isSample: true },
    orderBy: { id: "asc" },
  });
}

/**
 * Sheets for the same area di utenza as the given one, in its region or a neighbouring one: more
 * shared areas first, then its own region, then shared technologies.
 */
export async function getSimilarPractices(
  practiceId: number,
  neighbourRegionIds: number[],
  limit = 4,
): Promise<PracticeCard[]> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    WITH source AS (
      SELECT p."id", e."regionId" FROM "Practice" p JOIN "Entity" e ON e."id" = p."entityId" WHERE p."id" = ${practiceId}
    ), shared AS (
      SELECT other."practiceId" AS "id",
             count(*) FILTER (WHERE t."vocabulary" = 'AREA') AS "areas",
             count(*) FILTER (WHERE t."vocabulary" = 'TECHNOLOGY') AS "technologies"
      FROM "PracticeTerm" mine
      JOIN "PracticeTerm" other ON other."termId" = mine."termId" AND other."practiceId" <> mine."practiceId"
      JOIN "Term" t ON t."id" = mine."termId"
      WHERE mine."practiceId" = ${practiceId}
      GROUP BY other."practiceId"
    )
    SELECT p."id"
    FROM "Practice" p
    JOIN "Entity" e ON e."id" = p."entityId"
    JOIN shared s ON s."id" = p."id"
    CROSS JOIN source
    WHERE p."status" = 'PUBLISHED' AND p."id" <> source."id" AND s."areas" > 0
      AND (e."regionId" = source."regionId" OR e."regionId" = ANY(${neighbourRegionIds}::int[]))
    ORDER BY s."areas" * 3 + CASE WHEN e."regionId" = source."regionId" THEN 2 ELSE 0 END + s."technologies" DESC,
             p."id"
    LIMIT ${limit}`;
  return loadCards(rows.map((row) => row.id));
}
