import pg from "pg";
import type { Prisma } from "../../lib/generated/prisma/client.ts";
import { PAGE_SIZE, parsePracticeFilters, type RawSearchParams } from "../../lib/practices/search-params.ts";
import { countsQuery, pageIdsQuery } from "../../lib/practices/search-sql.ts";

// EXPLAIN (ANALYZE, BUFFERS) of the listing's two main queries, exactly as the site builds them.

export const EXPLAINED_CASES: { label: string; params: RawSearchParams }[] = [
  { label: "unfiltered", params: {} },
  { label: "three facets + text", params: { regione: "lombardia", area: "anziani", tipo: "nuovo", q: "spesa a domicilio" } },
  { label: "text only", params: { q: "volontari" } },
];

export async function explainListing(url: string, params: RawSearchParams) {
  const filters = parsePracticeFilters(params);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const explain = async (query: Prisma.Sql) => {
      const result = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${query.text}`, query.values as unknown[]);
      return result.rows.map((row) => row["QUERY PLAN"] as string).join("\n");
    };
    return { counts: await explain(countsQuery(filters)), pageIds: await explain(pageIdsQuery(filters, PAGE_SIZE, 0)) };
  } finally {
    await client.end();
  }
}
