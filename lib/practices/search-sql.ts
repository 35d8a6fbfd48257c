import { Prisma } from "@/lib/generated/prisma/client";
import { FACETS, type FacetDefinition } from "@/lib/practices/facets";
import type { PracticeFilters, Sort } from "@/lib/practices/search-params";

// SQL fragments of the listing query. Within a facet values combine with OR, across facets
// with AND; a facet's own counts ignore its own selection (so other values stay choosable).

export const TS_CONFIG = Prisma.sql`'italian_unaccent'::regconfig`;

/** Published sheets matching the text query, one row each with the columns facets group by. */
export function matchedCte(q: string) {
  const query = q ? Prisma.sql`websearch_to_tsquery(${TS_CONFIG}, ${q})` : Prisma.sql`NULL::tsquery`;
  return Prisma.sql`
    matched AS (
      SELECT p."id", p."title", p."publishedAt", p."operatorsTotal",
             p."serviceType"::text AS "serviceType", p."sustainability"::text AS "sustainability",
             e."kind"::text AS "entityKind", r."slug" AS "regionSlug", r."name" AS "regionName",
             ${q ? Prisma.sql`ts_rank_cd(p."searchVector", ${query})` : Prisma.sql`0::real`} AS "rank"
      FROM "Practice" p
      JOIN "Entity" e ON e."id" = p."entityId"
      JOIN "Region" r ON r."id" = e."regionId"
      WHERE p."status" = 'PUBLISHED'
      ${q ? Prisma.sql`AND p."searchVector" @@ ${query}` : Prisma.empty}
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

function facetCountSelect(facet: FacetDefinition) {
  const where = passesFacets(facet.key);
  switch (facet.kind) {
    case "region":
      return Prisma.sql`SELECT ${facet.key} AS "facet", f."regionSlug" AS "value", count(*)::int AS "count"
        FROM flagged f WHERE ${where} GROUP BY f."regionSlug"`;
    case "enum":
      return Prisma.sql`SELECT ${facet.key} AS "facet", f.${Prisma.raw(`"${facet.column}"`)} AS "value", count(*)::int AS "count"
        FROM flagged f WHERE ${where} GROUP BY 2`;
    case "term":
      return Prisma.sql`SELECT ${facet.key} AS "facet", t."slug" AS "value", count(*)::int AS "count"
        FROM flagged f
        JOIN "PracticeTerm" pt ON pt."practiceId" = f."id"
        JOIN "Term" t ON t."id" = pt."termId" AND t."vocabulary" = ${facet.vocabulary}::"Vocabulary"
        WHERE ${where} GROUP BY t."slug"`;
  }
}

/** One round trip: the total (facet '') and every facet's value counts. */
export function countsQuery(filters: PracticeFilters) {
  const selects = [
    Prisma.sql`SELECT '' AS "facet", '' AS "value", count(*)::int AS "count" FROM flagged f WHERE ${passesFacets()}`,
    ...FACETS.map(facetCountSelect),
  ];
  return Prisma.sql`${flaggedCte(filters)} ${Prisma.join(selects, " UNION ALL ")}`;
}

const ORDER: Record<Sort, Prisma.Sql> = {
  rilevanza: Prisma.sql`f."rank" DESC, f."publishedAt" DESC NULLS LAST, f."id" DESC`,
  titolo: Prisma.sql`lower(unaccent(f."title")), f."id"`,
  regione: Prisma.sql`f."regionName", lower(unaccent(f."title")), f."id"`,
  operatori: Prisma.sql`f."operatorsTotal" DESC NULLS LAST, lower(unaccent(f."title")), f."id"`,
};

export function pageIdsQuery(filters: PracticeFilters, limit: number, offset: number) {
  return Prisma.sql`${flaggedCte(filters)}
    SELECT f."id" FROM flagged f WHERE ${passesFacets()}
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
