import { Prisma } from "@/lib/generated/prisma/client";
import { FACETS, type FacetDefinition } from "@/lib/practices/facets";
import type { PracticeFilters, Sort } from "@/lib/practices/search-params";

// SQL fragments of the listing query. Within a facet values combine with OR, across facets
// with AND; a facet's own counts ignore its own selection (so other values stay choosable).

export const TS_CONFIG = Prisma.sql`'italian_unaccent'::regconfig`;

const tsQuery = (q: string) => Prisma.sql`websearch_to_tsquery(${TS_CONFIG}, ${q})`;

/**
 * Published sheets matching the text query, one row each with the columns facets group by.
 * No rank here: ts_rank_cd reads each sheet's whole (TOASTed) tsvector, so pageIdsQuery ranks
 * only the rows that pass every facet (at 100,000 sheets ranking every match dominated).
 */
export function matchedCte(q: string) {
  return Prisma.sql`
    matched AS (
      SELECT p."id", p."title", p."publishedAt", p."operatorsTotal",
             p."serviceType"::text AS "serviceType", p."sustainability"::text AS "sustainability",
             e."kind"::text AS "entityKind", r."slug" AS "regionSlug", r."name" AS "regionName"
      FROM "Practice" p
      JOIN "Entity" e ON e."id" = p."entityId"
      JOIN "Region" r ON r."id" = e."regionId"
      WHERE p."status" = 'PUBLISHED'
      ${q ? Prisma.sql`AND p."searchVector" @@ ${tsQuery(q)}` : Prisma.empty}
    )`;
}

function facetCondition(facet: FacetDefinition, values: string[]) {
  if (values.length === 0) return Prisma.sql`TRUE`;
  switch (facet.kind) {
    case "region":
      return Prisma.sql`m."regionSlug" = ANY(${values}::text[])`;
    case "enum": {
      const enumValues = facet.options.filter((o) => values.includes(o.slug)).map((o) => o.value);
      return Prisma.sql`m.${Prisma.raw(`"${facet.column}"`)} = ANY(${enumValues}::text[])`;
    }
    case "term":
      return Prisma.sql`EXISTS (
        SELECT 1 FROM "PracticeTerm" pt JOIN "Term" t ON t."id" = pt."termId"
        WHERE pt."practiceId" = m."id" AND t."vocabulary" = ${facet.vocabulary}::"Vocabulary"
          AND t."slug" = ANY(${values}::text[]))`;
  }
}

const flagName = (key: string) => Prisma.raw(`"f_${key}"`);

/** matched + one boolean column per facet telling whether the row passes that facet. */
export function flaggedCte(filters: PracticeFilters) {
  const flags = FACETS.map((facet) => Prisma.sql`${facetCondition(facet, filters.facets[facet.key])} AS ${flagName(facet.key)}`);
  return Prisma.sql`
    WITH ${matchedCte(filters.q)},
    flagged AS (SELECT m.*, ${Prisma.join(flags)} FROM matched m)`;
}

/** Rows passing every facet except `except`. */
export function passesFacets(except?: string) {
  const flags = FACETS.filter((facet) => facet.key !== except).map((facet) => Prisma.sql`f.${flagName(facet.key)}`);
  return Prisma.join(flags, " AND ");
}

type TermFacet = Extract<FacetDefinition, { kind: "term" }>;
const TERM_FACETS = FACETS.filter((facet): facet is (typeof FACETS)[number] & TermFacet => facet.kind === "term");

function facetCountSelect(facet: Exclude<FacetDefinition, TermFacet>) {
  const where = passesFacets(facet.key);
  switch (facet.kind) {
    case "region":
      return Prisma.sql`SELECT ${facet.key} AS "facet", f."regionSlug" AS "value", count(*)::int AS "count"
        FROM flagged f WHERE ${where} GROUP BY f."regionSlug"`;
    case "enum":
      return Prisma.sql`SELECT ${facet.key} AS "facet", f.${Prisma.raw(`"${facet.column}"`)} AS "value", count(*)::int AS "count"
        FROM flagged f WHERE ${where} GROUP BY 2`;
  }
}

/**
 * Counts of every term facet in one pass over the sheets' terms: each term belongs to one
 * vocabulary, so a row counts for its facet when it passes every other facet. (One join per
 * facet walked PracticeTerm five times; at 100,000 sheets that was most of the query.)
 */
function termFacetCountsSelect() {
  const cases = (value: (facet: TermFacet) => Prisma.Sql) =>
    Prisma.join(TERM_FACETS.map((facet) => Prisma.sql`WHEN ${facet.vocabulary}::"Vocabulary" THEN ${value(facet)}`), " ");
  // Only rows failing at most one term facet (and no other) can count anywhere: join just those.
  const otherFlags = FACETS.filter((facet) => facet.kind !== "term").map((facet) => Prisma.sql`f.${flagName(facet.key)}`);
  const termMisses = TERM_FACETS.map((facet) => Prisma.sql`(NOT f.${flagName(facet.key)})::int`);
  const candidates = Prisma.sql`${Prisma.join(otherFlags, " AND ")} AND ${Prisma.join(termMisses, " + ")} <= 1`;
  return Prisma.sql`SELECT (CASE t."vocabulary" ${cases((facet) => Prisma.sql`${facet.key}::text`)} END) AS "facet",
      t."slug" AS "value", count(*)::int AS "count"
    FROM (SELECT * FROM flagged f WHERE ${candidates}) f
    JOIN "PracticeTerm" pt ON pt."practiceId" = f."id"
    JOIN "Term" t ON t."id" = pt."termId"
    WHERE CASE t."vocabulary" ${cases((facet) => passesFacets(facet.key))} ELSE FALSE END
    GROUP BY 1, 2`;
}

/** One round trip: the total (facet '') and every facet's value counts. */
export function countsQuery(filters: PracticeFilters) {
  const selects = [
    Prisma.sql`SELECT '' AS "facet", '' AS "value", count(*)::int AS "count" FROM flagged f WHERE ${passesFacets()}`,
    ...FACETS.flatMap((facet) => (facet.kind === "term" ? [] : [facetCountSelect(facet)])),
    termFacetCountsSelect(),
  ];
  return Prisma.sql`${flaggedCte(filters)} ${Prisma.join(selects, " UNION ALL ")}`;
}

const ORDER: Record<Sort, Prisma.Sql> = {
  rilevanza: Prisma.sql`r."rank" DESC, f."publishedAt" DESC NULLS LAST, f."id" DESC`,
  titolo: Prisma.sql`lower(unaccent(f."title")), f."id"`,
  regione: Prisma.sql`f."regionName", lower(unaccent(f."title")), f."id"`,
  operatori: Prisma.sql`f."operatorsTotal" DESC NULLS LAST, lower(unaccent(f."title")), f."id"`,
};

export function pageIdsQuery(filters: PracticeFilters, limit: number, offset: number) {
  const rank =
    filters.q && filters.sort === "rilevanza"
      ? Prisma.sql`(SELECT ts_rank_cd(p."searchVector", ${tsQuery(filters.q)}) AS "rank" FROM "Practice" p WHERE p."id" = f."id")`
      : Prisma.sql`(SELECT 0::real AS "rank")`;
  return Prisma.sql`${flaggedCte(filters)}
    SELECT f."id" FROM flagged f CROSS JOIN LATERAL ${rank} r WHERE ${passesFacets()}
    ORDER BY ${ORDER[filters.sort]} LIMIT ${limit} OFFSET ${offset}`;
}

export const MARK_START = "\u2045";
export const MARK_END = "\u2046";

export function headlinesQuery(q: string, ids: number[]) {
  const options = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
  return Prisma.sql`
    SELECT p."id", ts_headline(${TS_CONFIG}, p."summary" || ' ' || p."description",
                               websearch_to_tsquery(${TS_CONFIG}, ${q}), ${options}) AS "snippet"
    FROM "Practice" p WHERE p."id" = ANY(${ids}::int[])`;
}

export function corrections(words: string[]) {
  return Prisma.sql`
    SELECT input AS "word",
           EXISTS (SELECT 1 FROM "SearchWord" w WHERE w."word" = input) AS "known",
           (SELECT w."word" FROM "SearchWord" w WHERE w."word" % input
             ORDER BY similarity(w."word", input) DESC, w."word" LIMIT 1) AS "suggestion"
    FROM unnest(${words}::text[]) AS input`;
}
