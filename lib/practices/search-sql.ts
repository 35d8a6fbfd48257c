import { Prisma } from "@/lib/generated/prisma/client";
import { FACETS, type FacetDefinition, type FacetKey } from "@/lib/practices/facets";
import type { PracticeFilters, Sort } from "@/lib/practices/search-params";
import { expandQuery } from "@/lib/search-synonyms/expand";
import { currentSynonymLookup } from "@/lib/search-synonyms/current";

// SQL of the listing. Within a facet values combine with OR, across facets with AND; a facet's
// own counts ignore its own selection (so other values stay choosable).
//
// Everything is answered from Practice alone: its "facetKeys" column (kept by triggers, see the
// listing_facet_keys migration) holds one integer per facet value of the sheet — termId (> 0),
// -regionId, or -keyOffset - n for the n-th value of an enum — and is indexed by GIN, like
// "searchVector". So each facet filter is `"facetKeys" && <selected keys>`, an index condition
// that Postgres intersects with the text search before reading any sheet, and all facet counts
// come from one unnest of the keys of the sheets that can count somewhere.

export const TS_CONFIG = Prisma.sql`'italian_unaccent'::regconfig`;

/**
 * The text as websearch_to_tsquery should see it: a `-` that negates no word (`- - -`, `--`, `-(`)
 * is dropped. Postgres nests each one into the query and past a few dozen fails with "tsquery
 * stack too small" — a listing, map, API or feed request answered 500 for a search of dashes.
 */
export function webSearchText(q: string) {
  return q.replace(/-+(?=[\p{L}\p{N}"'])/gu, "-").replace(/-(?![\p{L}\p{N}"'])/gu, " ");
}

/**
 * The text query as a tsquery: the words as websearch_to_tsquery reads them, where each phrase of the
 * synonym list becomes "the phrase or any of its expansions" (lib/search-synonyms/expand.ts).
 */
function tsQuery(q: string) {
  const { rest, groups } = expandQuery(q, currentSynonymLookup());
  const web = (text: string) => Prisma.sql`websearch_to_tsquery(${TS_CONFIG}, ${webSearchText(text)})`;
  if (groups.length === 0) return web(q);
  const phrase = (text: string) => Prisma.sql`phraseto_tsquery(${TS_CONFIG}, ${text})`;
  const parts = groups.map(
    (group) => Prisma.sql`(${Prisma.join([group.typed, ...group.alternatives].map(phrase), " || ")})`,
  );
  // An empty operand (stop words only) drops out of && and ||: "dad" alone is just its group.
  return Prisma.sql`(${Prisma.join(rest.trim() ? [web(rest), ...parts] : parts, " && ")})`;
}

/** Where the practice_facets trigger puts each enum's key in facetKeys (the region is first). */
const ENUM_KEY_POSITION = { serviceType: 2, entityKind: 3, sustainability: 4 } as const;

type ActiveFacet = { facet: FacetDefinition; keys: Prisma.Sql };

/** The facetKeys of each facet's selected values, as resolved by facetKeysQuery. */
export type SelectedKeys = Partial<Record<FacetKey, number[]>>;

/** The facetKeys of the selected values (unknown values select nothing, as before). */
function selectedKeys(facet: FacetDefinition, values: string[]) {
  switch (facet.kind) {
    case "region":
      return Prisma.sql`ARRAY(SELECT -r."id" FROM "Region" r WHERE r."slug" = ANY(${values}::text[]))`;
    case "term":
      return Prisma.sql`ARRAY(SELECT t."id" FROM "Term" t
        WHERE t."vocabulary" = ${facet.vocabulary}::"Vocabulary" AND t."slug" = ANY(${values}::text[]))`;
    case "enum": {
      const enumValues = facet.options.filter((o) => values.includes(o.slug)).map((o) => o.value);
      const type = Prisma.raw(`"${facet.enumType}"`);
      return Prisma.sql`ARRAY(SELECT -${facet.keyOffset}::int - array_position(enum_range(NULL::${type}), v::${type})
        FROM unnest(${enumValues}::text[]) AS v)`;
    }
  }
}

/**
 * Resolves the selected slugs to keys in one small round trip, so that the listing's queries
 * carry the keys as constants: Postgres then estimates each facet from the GIN column's
 * statistics (with the keys hidden in subqueries it guessed 10 rows and filtered the text match
 * on the heap, detoasting every sheet's tsvector).
 */
export function facetKeysQuery(filters: PracticeFilters) {
  const active = FACETS.filter((facet) => filters.facets[facet.key].length > 0);
  if (active.length === 0) return null;
  return Prisma.sql`SELECT ${Prisma.join(active.map((facet) => Prisma.sql`${selectedKeys(facet, filters.facets[facet.key])} AS ${Prisma.raw(`"${facet.key}"`)}`))}`;
}

/** Selected facets with their keys: resolved ones as constants, else as subqueries. */
function activeFacets(filters: PracticeFilters, resolved?: SelectedKeys): ActiveFacet[] {
  return FACETS.filter((facet) => filters.facets[facet.key].length > 0).map((facet) => {
    const keys = resolved?.[facet.key];
    return { facet, keys: keys ? Prisma.sql`${keys}::int[]` : selectedKeys(facet, filters.facets[facet.key]) };
  });
}

/** Where the practice_facets trigger puts a facet's only key in facetKeys (0: terms, several). */
function keyPosition(facet: FacetDefinition) {
  return facet.kind === "region" ? 1 : facet.kind === "enum" ? ENUM_KEY_POSITION[facet.column] : 0;
}

/** The facet condition as the GIN index answers it. */
const passes = (active: ActiveFacet) => Prisma.sql`p."facetKeys" && ${active.keys}`;

/** The same condition for a sheet already read: a single-key facet compares one element. */
function passesCheap(active: ActiveFacet) {
  const position = keyPosition(active.facet);
  return position ? Prisma.sql`p."facetKeys"[${Prisma.raw(String(position))}] = ANY(${active.keys})` : passes(active);
}

/**
 * The public search's text condition on a sheet aliased `p`: Italian stems, accents ignored, every
 * word required in any order. The admin list (lib/practices/admin-list.ts) uses it too.
 */
export function textMatch(q: string) {
  return Prisma.sql`p."searchVector" @@ ${tsQuery(q)}`;
}

const HAS_REPLICATION = Prisma.sql`EXISTS (SELECT 1 FROM "PracticeReplication" pr WHERE pr."practiceId" = p."id")`;

/** Published sheets matching the text query and the replicated filter (no facets). */
function baseWhere(filters: Pick<PracticeFilters, "q" | "replicated">) {
  const { q, replicated } = filters;
  const text = q ? Prisma.sql` AND ${textMatch(q)}` : Prisma.empty;
  const copies =
    replicated === "si"
      ? Prisma.sql` AND ${HAS_REPLICATION}`
      : replicated === "no"
        ? Prisma.sql` AND NOT ${HAS_REPLICATION}`
        : Prisma.empty;
  return Prisma.sql`p."status" = 'PUBLISHED'${text}${copies}`;
}

/**
 * Sheets that fail at most one selected facet: only they count anywhere. Written as
 * OR over facets of AND over the others, so every branch is a GIN condition and Postgres reads
 * only these sheets (with fewer than two facets selected, every matching sheet counts).
 */
function countableWhere(active: ActiveFacet[]) {
  if (active.length < 2) return Prisma.empty;
  const branches = active.map((left) => Prisma.join(active.filter((a) => a !== left).map(passes), " AND "));
  return Prisma.sql` AND ((${Prisma.join(branches, ") OR (")}))`;
}

/** Which facet a key belongs to, and its URL value (enums: the database value; see queries.ts). */
function decodeKey(k: Prisma.Sql) {
  const facetCases: Prisma.Sql[] = [];
  const valueCases: Prisma.Sql[] = [];
  for (const facet of FACETS) {
    if (facet.kind !== "enum") continue;
    const type = Prisma.raw(`"${facet.enumType}"`);
    const range = Prisma.sql`${k} <= -${facet.keyOffset}::int - 1 AND ${k} > -${facet.keyOffset}::int - 1000`;
    facetCases.push(Prisma.sql`WHEN ${range} THEN ${facet.key}::text`);
    valueCases.push(Prisma.sql`WHEN ${range} THEN (enum_range(NULL::${type}))[-${facet.keyOffset}::int - ${k}]::text`);
  }
  const vocabularyCases = FACETS.flatMap((facet) =>
    facet.kind === "term" ? [Prisma.sql`WHEN ${facet.vocabulary}::"Vocabulary" THEN ${facet.key}::text`] : [],
  );
  const region = FACETS.find((facet) => facet.kind === "region")!;
  return {
    facet: Prisma.sql`CASE WHEN ${k} > 0 THEN (CASE t."vocabulary" ${Prisma.join(vocabularyCases, " ")} END)
      WHEN ${k} > -1000 THEN ${region.key}::text ${Prisma.join(facetCases, " ")} END`,
    value: Prisma.sql`CASE WHEN ${k} > 0 THEN t."slug" WHEN ${k} > -1000 THEN r."slug" ${Prisma.join(valueCases, " ")} END`,
  };
}

/** The rows of countsQuery that count sheets by the one selected facet they fail ('' if none). */
export const FAILED_ROWS = "-";
/** countsQuery's row, with words, of the total without them when the words find nothing. */
export const WITHOUT_WORDS_ROW = "~";

/**
 * One round trip, one pass over the countable sheets: the total (facet '') and every facet's
 * value counts. Each sheet is tallied per key with the one selected facet it fails ('' if none):
 * a key counts when its sheet fails nothing or fails only the key's own facet. Rows of facet
 * FAILED_ROWS count the sheets by the facet they fail, so that the total without one facet's
 * selection — what an empty listing offers to drop — needs no query of its own. With words, the
 * row WITHOUT_WORDS_ROW is the total with them dropped, counted only when they find nothing (a
 * one-time filter skips the scan otherwise): the empty listing's last suggestion, in the same trip.
 */
export function countsQuery(filters: PracticeFilters, resolved?: SelectedKeys) {
  const active = activeFacets(filters, resolved);
  const flag = (a: ActiveFacet) => Prisma.raw(`"f_${a.facet.key}"`);
  const flags = active.map((a) => Prisma.sql`, ${passesCheap(a)} AS ${flag(a)}`);
  const misses = active.length
    ? Prisma.join(
        active.map((a) => Prisma.sql`(NOT f.${flag(a)})::int`),
        " + ",
      )
    : Prisma.sql`0`;
  const failed = active.length
    ? Prisma.sql`CASE ${Prisma.join(
        active.map((a) => Prisma.sql`WHEN NOT f.${flag(a)} THEN ${a.facet.key}::text`),
        " ",
      )} ELSE '' END`
    : Prisma.sql`''`;
  const region = FACETS.find((facet) => facet.kind === "region")!;
  const decoded = decodeKey(Prisma.sql`tl."key"`);
  // A sheet failing one facet counts only for that facet: when that is the region or an enum,
  // for its one key (facetKeys starts with those four, see the migration), grouped without
  // unnesting; a sheet failing a term facet unnests its terms (other vocabularies' dropped below).
  const single = FACETS.filter((facet) => keyPosition(facet) > 0);
  const singleKey = single.map(
    (facet) => Prisma.sql`WHEN ${facet.key}::text THEN c."keys"[${Prisma.raw(String(keyPosition(facet)))}]`,
  );
  const singleNames = Prisma.join(single.map((facet) => Prisma.sql`${facet.key}::text`));
  // With no facet selected every sheet fails nothing: no rows to add (and none to pay for at 100,000 sheets).
  const failedRows = active.length
    ? Prisma.sql`
    UNION ALL
    SELECT ${FAILED_ROWS}::text, c."failed", count(*)::int FROM countable c GROUP BY c."failed"`
    : Prisma.empty;
  const withoutWords = filters.q
    ? Prisma.sql`
    UNION ALL
    SELECT ${WITHOUT_WORDS_ROW}::text, '', count(*)::int FROM "Practice" p
    WHERE NOT EXISTS (SELECT 1 FROM countable c WHERE c."failed" = '') AND ${matchingWhere({ ...filters, q: "" }, resolved)}`
    : Prisma.empty;
  // OFFSET 0 keeps the flags computed once per sheet (inlined, each use would recompute them).
  return Prisma.sql`
    WITH countable AS (
      SELECT f."keys", ${failed} AS "failed"
      FROM (
        SELECT p."facetKeys" AS "keys"${flags.length ? Prisma.join(flags, "") : Prisma.empty}
        FROM "Practice" p
        WHERE ${baseWhere(filters)}${countableWhere(active)}
        OFFSET 0
      ) f
      WHERE ${misses} <= 1
    ), tallied AS (
      SELECT CASE c."failed" ${Prisma.join(singleKey, " ")} END AS "key", c."failed", count(*) AS "n"
      FROM countable c WHERE c."failed" IN (${singleNames})
      GROUP BY 1, 2
      UNION ALL
      SELECT k, c."failed", count(*)
      FROM countable c CROSS JOIN LATERAL unnest(CASE c."failed" WHEN '' THEN c."keys" ELSE c."keys"[5:] END) AS k
      WHERE c."failed" NOT IN (${singleNames})
      GROUP BY 1, 2
    ), decoded AS (
      SELECT tl."n", tl."failed", ${decoded.facet} AS "facet", ${decoded.value} AS "value"
      FROM tallied tl
      LEFT JOIN "Term" t ON t."id" = tl."key"
      LEFT JOIN "Region" r ON r."id" = -tl."key"
    )
    -- Every sheet has exactly one region key: the sheets failing nothing are the total.
    SELECT '' AS "facet", '' AS "value", coalesce(sum(d."n") FILTER (WHERE d."facet" = ${region.key} AND d."failed" = ''), 0)::int AS "count"
    FROM decoded d
    UNION ALL
    SELECT d."facet", d."value", sum(d."n")::int AS "count"
    FROM decoded d WHERE d."failed" = '' OR d."failed" = d."facet"
    GROUP BY 1, 2${failedRows}${withoutWords}`;
}

const TITLE_KEY = Prisma.sql`lower(unaccent(p."title"))`;

/**
 * Relevance ranks at most this many sheets: ts_rank_cd reads each sheet's whole (TOASTed)
 * tsvector, and a common word matches most of the catalogue (ranking 70,000 of 100,000 sheets
 * took about a second). Past it, only the most recently published RANKED_LIMIT matches are
 * ranked and the rest follow by date, as between equal ranks. Up to it, the order is exactly
 * rank, date, id.
 */
export const RANKED_LIMIT = 1000;

function orderBy(sort: Sort): Prisma.Sql {
  switch (sort) {
    case "rilevanza":
      return Prisma.sql`p."publishedAt" DESC NULLS LAST, p."id" DESC`;
    case "titolo":
      return Prisma.sql`${TITLE_KEY}, p."id"`;
    case "regione":
      return Prisma.sql`(SELECT r."name" FROM "Region" r WHERE r."id" = p."regionId"), ${TITLE_KEY}, p."id"`;
    case "operatori":
      return Prisma.sql`p."operatorsTotal" DESC NULLS LAST, ${TITLE_KEY}, p."id"`;
    case "avvio":
      return Prisma.sql`p."startDate" DESC NULLS LAST, ${TITLE_KEY}, p."id"`;
    case "piu-replicate":
      return Prisma.sql`(SELECT count(*) FROM "PracticeReplication" pr WHERE pr."practiceId" = p."id") DESC, p."publishedAt" DESC NULLS LAST, p."id" DESC`;
  }
}

/** Published sheets matching the words and passing every selected facet. */
function matchingWhere(filters: PracticeFilters, resolved?: SelectedKeys) {
  const facets = activeFacets(filters, resolved).map(passes);
  return Prisma.sql`${baseWhere(filters)}${facets.length ? Prisma.sql` AND ${Prisma.join(facets, " AND ")}` : Prisma.empty}`;
}

/** How many sheets the listing would show, without its facet counts or page. */
export function countQuery(filters: PracticeFilters, resolved?: SelectedKeys) {
  return Prisma.sql`SELECT count(*)::int AS "count" FROM "Practice" p WHERE ${matchingWhere(filters, resolved)}`;
}

/**
 * The ids of one page of sheets passing every facet, in the requested order. `total`, the number
 * of such sheets when the caller knows it, lets relevance rank all of them when they are few.
 */
export function pageIdsQuery(
  filters: PracticeFilters,
  limit: number,
  offset: number,
  resolved?: SelectedKeys,
  total?: number,
) {
  const where = matchingWhere(filters, resolved);
  const page = Prisma.sql`LIMIT ${limit} OFFSET ${offset}`;
  if (!filters.q || filters.sort !== "rilevanza") {
    return Prisma.sql`SELECT p."id" FROM "Practice" p WHERE ${where} ORDER BY ${orderBy(filters.sort)} ${page}`;
  }
  const rank = (alias: string) => Prisma.sql`ts_rank_cd(${Prisma.raw(alias)}."searchVector", ${tsQuery(filters.q)})`;
  if (total === undefined || total <= RANKED_LIMIT) {
    return Prisma.sql`SELECT p."id" FROM "Practice" p WHERE ${where} ORDER BY ${rank("p")} DESC, ${orderBy("rilevanza")} ${page}`;
  }
  return Prisma.sql`
    SELECT h."id" FROM (
      SELECT p."id", p."publishedAt", row_number() OVER (ORDER BY ${orderBy("rilevanza")}) AS "recency"
      FROM "Practice" p WHERE ${where}
    ) h
    ORDER BY CASE WHEN h."recency" <= ${RANKED_LIMIT}
                  THEN (SELECT ${rank("x")} FROM "Practice" x WHERE x."id" = h."id") END DESC NULLS LAST,
             h."publishedAt" DESC NULLS LAST, h."id" DESC
    ${page}`;
}

export const MARK_START = "\u2045";
export const MARK_END = "\u2046";

/** The cards of the given sheets, in the given order, without search snippets (see cardsOf). */
export function cardsQuery(ids: number[]) {
  return cardsOf(Prisma.sql`${ids}::int[]`, "");
}

/** The cards of one page of the listing: pageIdsQuery and the cards in one statement, one round trip. */
export function pageCardsQuery(...args: Parameters<typeof pageIdsQuery>) {
  return cardsOf(Prisma.sql`ARRAY(${pageIdsQuery(...args)})`, args[0].q);
}

/**
 * What the sheets of `ids` (an int[] expression) show on their cards
 * (components/practices/practice-card.tsx), in one round trip and in that array's order: not every
 * column of each sheet and its relations table by table, which cost the listing more than its
 * search. Areas come in the vocabulary's order. With words, each card's search snippet and the
 * description it was cut from (a card widens the snippet's edges against it); without, no snippet
 * and an empty description, which a card does not read.
 */
function cardsOf(ids: Prisma.Sql, q: string) {
  const options = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=22, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;
  const snippet = q
    ? Prisma.sql`ts_headline(${TS_CONFIG}, p."summary" || ' ' || p."description", ${tsQuery(q)}, ${options})`
    : Prisma.sql`NULL::text`;
  // The start date as the instant of its UTC midnight, as Prisma reads a date: node-postgres alone
  // (the search pool) would read a date as local midnight, a day early east of Greenwich in UTC.
  return Prisma.sql`
    SELECT p."id", p."slug", p."title", p."serviceType"::text AS "serviceType", p."isSample",
           p."startDate"::timestamp AT TIME ZONE 'UTC' AS "startDate",
           p."sustainability"::text AS "sustainability", p."operatorsTotal", p."summary",
           ${q ? Prisma.sql`p."description"` : Prisma.sql`''::text`} AS "description",
           json_build_object('name', e."name", 'region', json_build_object('name', r."name")) AS "entity",
           coalesce((SELECT json_agg(json_build_object('term', json_build_object('vocabulary', t."vocabulary", 'label', t."label"))
                                     ORDER BY t."position", t."label")
                     FROM "PracticeTerm" pt JOIN "Term" t ON t."id" = pt."termId"
                     WHERE pt."practiceId" = p."id" AND t."vocabulary" = 'AREA'), '[]'::json) AS "terms",
           ${snippet} AS "snippet"
    FROM unnest(${ids}) WITH ORDINALITY AS page("id", "position")
    JOIN "Practice" p ON p."id" = page."id"
    JOIN "Entity" e ON e."id" = p."entityId"
    JOIN "Region" r ON r."id" = e."regionId"
    ORDER BY page."position"`;
}

/**
 * For each word: whether the typo dictionary has it, and else its most similar word there that
 * can be a typo of it — a content word (not an Italian stop word), with the same first letter and
 * about as long (not "protetto" or "letto" for "tetto"), not a part of it (not "senza" for
 * "senzatetto") and containing it only at its start ("senzatett" → "senzatetto").
 */
export function corrections(words: string[]) {
  return Prisma.sql`
    SELECT input AS "word",
           EXISTS (SELECT 1 FROM "SearchWord" w WHERE w."word" = input) AS "known",
           (SELECT w."word" FROM "SearchWord" w
             WHERE w."word" % input
               AND left(w."word", 1) = left(input, 1)
               AND abs(length(w."word") - length(input)) <= greatest(1, length(input) / 4)
               AND strpos(input, w."word") = 0 AND strpos(w."word", input) <= 1
               AND length(to_tsvector(${TS_CONFIG}, w."word")) > 0
             ORDER BY similarity(w."word", input) DESC, w."word" LIMIT 1) AS "suggestion"
    FROM unnest(${words}::text[]) AS input`;
}
