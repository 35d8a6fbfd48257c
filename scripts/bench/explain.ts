import pg from "pg";
import type { Prisma } from "../../lib/generated/prisma/client.ts";
import { PAGE_SIZE, parsePracticeFilters, type RawSearchParams } from "../../lib/practices/search-params.ts";
import { countsQuery, facetKeysQuery, pageIdsQuery, type SelectedKeys } from "../../lib/practices/search-sql.ts";

// EXPLAIN (ANALYZE, BUFFERS) of the listing's two main queries, exactly as the site builds and
// sends them (lib/practices/queries.ts): facet slugs resolved to keys first, a text query's reads
// with sequential scans off, the page ranked knowing the total.

export const EXPLAINED_CASES: { label: string; params: RawSearchParams }[] = [
  { label: "unfiltered", params: {} },
  {
    label: "three facets + text",
    params: { regione: "lombardia", area: "anziani", tipo: "nuovo", q: "spesa a domicilio" },
  },
  {
    label: "three facets + common word",
    params: { regione: "veneto", area: "disabili", tipo: "nuovo", q: "volontari" },
  },
  { label: "text only", params: { q: "volontari" } },
];

export async function explainListing(url: string, params: RawSearchParams) {
  const filters = parsePracticeFilters(params);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const run = async (query: Prisma.Sql, prefix = "") => {
      await client.query("BEGIN");
      try {
        if (filters.q) await client.query("SET LOCAL enable_seqscan = off");
        return (await client.query(`${prefix}${query.text}`, query.values as unknown[])).rows;
      } finally {
        await client.query("COMMIT");
      }
    };
    const explain = async (query: Prisma.Sql) =>
      (await run(query, "EXPLAIN (ANALYZE, BUFFERS) ")).map((row) => row["QUERY PLAN"] as string).join("\n");
    const keysQuery = facetKeysQuery(filters);
    const keys: SelectedKeys = keysQuery
      ? (await client.query(keysQuery.text, keysQuery.values as unknown[])).rows[0]
      : {};
    const total =
      ((await run(countsQuery(filters, keys))) as { facet: string; count: number }[]).find((row) => row.facet === "")
        ?.count ?? 0;
    return {
      counts: await explain(countsQuery(filters, keys)),
      pageIds: await explain(pageIdsQuery(filters, PAGE_SIZE, 0, keys, total)),
    };
  } finally {
    await client.end();
  }
}
