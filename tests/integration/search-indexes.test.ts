import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedSyntheticPractices } from "../../scripts/bench/synthetic.ts";
import { prepareDatabase } from "../../scripts/lib/prepare-database.ts";
import { recreateDatabase, withDatabaseName } from "../../scripts/lib/server-admin.ts";

// The benchmark's `--scale` run relies on the synthetic seeder and on these indexes: if either
// broke, it would silently measure sequential scans. A database of its own, beside the test one.

const url = withDatabaseName(process.env.DATABASE_URL!, `${new URL(process.env.DATABASE_URL!).pathname.slice(1)}_synthetic`);
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
    const after = await one<{ n: number; sample: number; published: number; noVector: number; noTerms: number; regions: number }>(`
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
    const sheet = await one<{ id: number; copied: string }>(`SELECT "id", "searchVector"::text AS copied FROM "Practice" WHERE "code" = 'SINTETICA-7'`);
    await client.query(`UPDATE "Practice" SET "title" = "title" WHERE "id" = $1`, [sheet.id]);
    const recomputed = await one<{ vector: string }>(`SELECT "searchVector"::text AS vector FROM "Practice" WHERE "id" = $1`, [sheet.id]);
    expect(recomputed.vector).toBe(sheet.copied);

    // A second call continues the numbering instead of colliding.
    await seedSyntheticPractices(url, 10);
    expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Practice" WHERE "code" LIKE 'SINTETICA-%'`)).n).toBe(510);
  });
});

describe("indexes the listing relies on", () => {
  const required = [
    ["Practice", "Practice_searchVector_idx", /USING gin \("searchVector"\)/],
    ["Practice", "Practice_status_entityId_idx", /\(status, "entityId"\)/],
    ["PracticeTerm", "PracticeTerm_pkey", /\("practiceId", "termId"\)/],
    ["PracticeTerm", "PracticeTerm_termId_practiceId_idx", /\("termId", "practiceId"\)/],
    ["Entity", "Entity_regionId_idx", /\("regionId"\)/],
    ["Term", "Term_vocabulary_slug_key", /\(vocabulary, slug\)/],
    ["SearchWord", "SearchWord_word_idx", /gin_trgm_ops/],
  ] as const;

  it.each(required)("%s has %s", async (table, name, definition) => {
    const row = await one<{ indexdef: string } | undefined>(`SELECT indexdef FROM pg_indexes WHERE tablename = $1 AND indexname = $2`, [table, name]);
    expect(row?.indexdef).toMatch(definition);
  });

  it("answers a text search and a term filter through those indexes", async () => {
    await client.query("BEGIN");
    try {
      await client.query("SET LOCAL enable_seqscan = off");
      const plan = async (sql: string) => (await client.query(`EXPLAIN ${sql}`)).rows.map((r) => r["QUERY PLAN"]).join("\n");
      expect(await plan(`SELECT "id" FROM "Practice" WHERE "searchVector" @@ websearch_to_tsquery('italian_unaccent', 'anziani')`)).toContain("Practice_searchVector_idx");
      expect(await plan(`SELECT "practiceId" FROM "PracticeTerm" WHERE "termId" = 1`)).toContain("PracticeTerm_termId_practiceId_idx");
    } finally {
      await client.query("ROLLBACK");
    }
  });
});
