import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGE_SIZE, parsePracticeFilters } from "@/lib/practices/search-params";
import { countsQuery, facetKeysQuery, pageIdsQuery } from "@/lib/practices/search-sql";
import { seedSyntheticPractices } from "../../scripts/bench/synthetic.ts";
import { prepareDatabase } from "../../scripts/lib/prepare-database.ts";
import { recreateDatabase, withDatabaseName } from "../../scripts/lib/server-admin.ts";

// The benchmark's `--scale` run relies on the synthetic seeder and on these indexes: if either
// broke, it would silently measure sequential scans. A database of its own, beside the test one.

const url = withDatabaseName(
  process.env.DATABASE_URL!,
  `${new URL(process.env.DATABASE_URL!).pathname.slice(1)}_synthetic`,
);
let client: pg.Client;

beforeAll(async () => {
  await recreateDatabase(url);
  await prepareDatabase(url);
  client = new pg.Client({ connectionString: url });
  await client.connect();
}, 60_000);

afterAll(async () => {
  await client?.end();
  const admin = new pg.Client({ connectionString: withDatabaseName(url, "postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
  await admin.end();
});

const one = async <T>(sql: string, values: unknown[] = []) => (await client.query(sql, values)).rows[0] as T;

describe("synthetic seeder", () => {
  it("adds N published sample sheets with terms and the vector the trigger would compute", async () => {
    const before = await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Practice"`);
    const result = await seedSyntheticPractices(url, 500);
    expect(result.inserted).toBe(500);
    const after = await one<{
      n: number;
      sample: number;
      published: number;
      noVector: number;
      noTerms: number;
      regions: number;
    }>(`
      SELECT count(*)::int AS n,
             count(*) FILTER (WHERE "isSample")::int AS sample,
             count(*) FILTER (WHERE "status" = 'PUBLISHED')::int AS published,
             count(*) FILTER (WHERE "searchVector" IS NULL)::int AS "noVector",
             count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM "PracticeTerm" pt WHERE pt."practiceId" = p."id"))::int AS "noTerms",
             (SELECT count(DISTINCT e."regionId") FROM "Practice" x JOIN "Entity" e ON e."id" = x."entityId" WHERE x."code" LIKE 'SINTETICA-%')::int AS regions
      FROM "Practice" p WHERE p."code" LIKE 'SINTETICA-%'`);
    expect(after).toMatchObject({ n: 500, sample: 500, published: 500, noVector: 0, noTerms: 0 });
    expect(after.regions).toBeGreaterThan(10);
    expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Practice"`)).n).toBe(before.n + 500);

    // The copied tsvector equals the one the trigger computes from the same text.
    const sheet = await one<{ id: number; copied: string }>(
      `SELECT "id", "searchVector"::text AS copied FROM "Practice" WHERE "code" = 'SINTETICA-7'`,
    );
    await client.query(`UPDATE "Practice" SET "title" = "title" WHERE "id" = $1`, [sheet.id]);
    const recomputed = await one<{ vector: string }>(
      `SELECT "searchVector"::text AS vector FROM "Practice" WHERE "id" = $1`,
      [sheet.id],
    );
    expect(recomputed.vector).toBe(sheet.copied);

    // The facet copies it writes with the triggers off equal what the triggers compute.
    const copied = await one<{ keys: number[] }>(`SELECT "facetKeys" AS keys FROM "Practice" WHERE "id" = $1`, [
      sheet.id,
    ]);
    await client.query(`UPDATE "Practice" SET "facetKeys" = '{}' WHERE "id" = $1`, [sheet.id]);
    expect(
      (await one<{ keys: number[] }>(`SELECT "facetKeys" AS keys FROM "Practice" WHERE "id" = $1`, [sheet.id])).keys,
    ).toEqual(copied.keys);
    const stale = await one<{ n: number }>(`
      SELECT count(*)::int AS n FROM "Practice" p JOIN "Entity" e ON e."id" = p."entityId"
      WHERE p."regionId" IS DISTINCT FROM e."regionId" OR p."entityKind" IS DISTINCT FROM e."kind"
         OR p."facetKeys"[1] <> -e."regionId"
         OR p."facetKeys"[5:] IS DISTINCT FROM ARRAY(SELECT pt."termId" FROM "PracticeTerm" pt WHERE pt."practiceId" = p."id" ORDER BY 1)`);
    expect(stale.n).toBe(0);

    // A second call continues the numbering instead of colliding.
    await seedSyntheticPractices(url, 10);
    expect(
      (await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Practice" WHERE "code" LIKE 'SINTETICA-%'`)).n,
    ).toBe(510);
  });
});

describe("facet copies on Practice follow every write (triggers)", () => {
  const keysOf = async (id: number) =>
    (await one<{ keys: number[] }>(`SELECT "facetKeys" AS keys FROM "Practice" WHERE "id" = $1`, [id])).keys;
  const expected = async (id: number) =>
    (
      await one<{ keys: number[] }>(
        `
      SELECT ARRAY[-e."regionId",
                   -1000 - array_position(enum_range(NULL::"ServiceType"), p."serviceType"),
                   -2000 - array_position(enum_range(NULL::"EntityKind"), e."kind"),
                   -3000 - array_position(enum_range(NULL::"Sustainability"), p."sustainability")]
             || ARRAY(SELECT pt."termId" FROM "PracticeTerm" pt WHERE pt."practiceId" = p."id" ORDER BY 1) AS keys
      FROM "Practice" p JOIN "Entity" e ON e."id" = p."entityId" WHERE p."id" = $1`,
        [id],
      )
    ).keys;

  it("on term, enum, entity and region changes", async () => {
    await client.query("BEGIN");
    try {
      const sheet = await one<{ id: number; entityId: number }>(
        `SELECT "id", "entityId" FROM "Practice" WHERE "code" NOT LIKE 'SINTETICA-%' ORDER BY "id" LIMIT 1`,
      );
      expect(await keysOf(sheet.id)).toEqual(await expected(sheet.id));
      const unused = await one<{ id: number }>(
        `SELECT t."id" FROM "Term" t WHERE NOT EXISTS (SELECT 1 FROM "PracticeTerm" pt WHERE pt."practiceId" = $1 AND pt."termId" = t."id") LIMIT 1`,
        [sheet.id],
      );
      await client.query(`INSERT INTO "PracticeTerm" ("practiceId", "termId") VALUES ($1, $2)`, [sheet.id, unused.id]);
      expect(await keysOf(sheet.id)).toContain(unused.id);
      await client.query(`DELETE FROM "PracticeTerm" WHERE "practiceId" = $1 AND "termId" = $2`, [sheet.id, unused.id]);
      expect(await keysOf(sheet.id)).not.toContain(unused.id);
      await client.query(
        `UPDATE "Practice" SET "serviceType" = 'MISTO', "sustainability" = 'TERMINA' WHERE "id" = $1`,
        [sheet.id],
      );
      expect(await keysOf(sheet.id)).toEqual(await expected(sheet.id));
      await client.query(
        `UPDATE "Entity" SET "regionId" = (SELECT min("id") FROM "Region" WHERE "id" <> "Entity"."regionId"), "kind" = 'UNIONE' WHERE "id" = $1`,
        [sheet.entityId],
      );
      const moved = await one<{ regionId: number; entityKind: string }>(
        `SELECT "regionId", "entityKind" FROM "Practice" WHERE "id" = $1`,
        [sheet.id],
      );
      const entity = await one<{ regionId: number }>(`SELECT "regionId" FROM "Entity" WHERE "id" = $1`, [
        sheet.entityId,
      ]);
      expect(moved).toEqual({ regionId: entity.regionId, entityKind: "UNIONE" });
      expect(await keysOf(sheet.id)).toEqual(await expected(sheet.id));
      const other = await one<{ id: number }>(`SELECT "id" FROM "Entity" WHERE "regionId" <> $1 LIMIT 1`, [
        entity.regionId,
      ]);
      await client.query(`UPDATE "Practice" SET "entityId" = $2 WHERE "id" = $1`, [sheet.id, other.id]);
      expect(await keysOf(sheet.id)).toEqual(await expected(sheet.id));
      // The copies cannot be written by hand: any write recomputes them.
      await client.query(`UPDATE "Practice" SET "facetKeys" = '{1,2,3}', "regionId" = NULL WHERE "id" = $1`, [
        sheet.id,
      ]);
      expect(await keysOf(sheet.id)).toEqual(await expected(sheet.id));
    } finally {
      await client.query("ROLLBACK");
    }
  });
});

describe("indexes the listing relies on", () => {
  const required = [
    ["Practice", "Practice_searchVector_idx", /USING gin \("searchVector"\)/],
    ["Practice", "Practice_status_entityId_idx", /\(status, "entityId"\)/],
    ["Practice", "Practice_facetKeys_idx", /USING gin \("facetKeys"\)/],
    ["Practice", "Practice_status_facetKeys_idx", /\(status, "facetKeys"\)/],
    ["Practice", "Practice_status_publishedAt_id_idx", /\(status, "publishedAt" DESC NULLS LAST, id DESC\)/],
    ["PracticeTerm", "PracticeTerm_pkey", /\("practiceId", "termId"\)/],
    ["PracticeTerm", "PracticeTerm_termId_practiceId_idx", /\("termId", "practiceId"\)/],
    ["Entity", "Entity_regionId_idx", /\("regionId"\)/],
    ["Term", "Term_vocabulary_slug_key", /\(vocabulary, slug\)/],
    ["SearchWord", "SearchWord_word_idx", /gin_trgm_ops/],
  ] as const;

  it.each(required)("%s has %s", async (table, name, definition) => {
    const row = await one<{ indexdef: string } | undefined>(
      `SELECT indexdef FROM pg_indexes WHERE tablename = $1 AND indexname = $2`,
      [table, name],
    );
    expect(row?.indexdef).toMatch(definition);
  });

  it("answers a text search and a term filter through those indexes", async () => {
    await client.query("BEGIN");
    try {
      await client.query("SET LOCAL enable_seqscan = off");
      const plan = async (sql: string) =>
        (await client.query(`EXPLAIN ${sql}`)).rows.map((r) => r["QUERY PLAN"]).join("\n");
      expect(
        await plan(
          `SELECT "id" FROM "Practice" WHERE "searchVector" @@ websearch_to_tsquery('italian_unaccent', 'anziani')`,
        ),
      ).toContain("Practice_searchVector_idx");
      expect(await plan(`SELECT "practiceId" FROM "PracticeTerm" WHERE "termId" = 1`)).toContain(
        "PracticeTerm_termId_practiceId_idx",
      );
      // Region, term and enum filters of the listing are one GIN condition on facetKeys.
      expect(
        await plan(`SELECT "id" FROM "Practice" WHERE "facetKeys" && '{-3}'::int[] AND "facetKeys" && '{1,2}'::int[]`),
      ).toContain("Practice_facetKeys_idx");
      // The listing's own queries, as queries.ts sends them (keys resolved first).
      const filters = parsePracticeFilters({
        regione: "lombardia",
        area: "anziani",
        tipo: "nuovo",
        q: "spesa a domicilio",
      });
      const keysQuery = facetKeysQuery(filters)!;
      const keys = (await client.query(keysQuery.text, keysQuery.values as unknown[])).rows[0];
      for (const query of [countsQuery(filters, keys), pageIdsQuery(filters, PAGE_SIZE, 0, keys)]) {
        const listing = (await client.query(`EXPLAIN ${query.text}`, query.values as unknown[])).rows
          .map((r) => r["QUERY PLAN"])
          .join("\n");
        // (Here the facets alone are selective enough; at 100,000 sheets Postgres also ANDs the
        // text's GIN bitmap, see BENCHMARKS.md.)
        expect(listing).toContain("Practice_facetKeys_idx");
        expect(listing).not.toMatch(/Seq Scan on "Practice"|PracticeTerm|"Entity"/);
      }
      // The unfiltered listing's page reads its ids in index order: no sort of every sheet.
      const unfiltered = pageIdsQuery(parsePracticeFilters({}), PAGE_SIZE, 0);
      const page = (await client.query(`EXPLAIN ${unfiltered.text}`, unfiltered.values as unknown[])).rows
        .map((r) => r["QUERY PLAN"])
        .join("\n");
      expect(page).toMatch(/Index (Only )?Scan using "Practice_status_publishedAt_id_idx"/);
      expect(page).not.toMatch(/Sort/);
    } finally {
      await client.query("ROLLBACK");
    }
  });
});
