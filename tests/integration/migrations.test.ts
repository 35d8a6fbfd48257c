import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

// The WASM schema engine must leave the database exactly as Prisma's CLI would, so that
// `prisma migrate deploy/status` keep working wherever the native engine is available.

const MIGRATIONS = path.resolve("prisma/migrations");

afterAll(async () => {
  await db.$disconnect();
});

describe("applied migrations", () => {
  it("are recorded in _prisma_migrations with the checksum Prisma computes", async () => {
    const folders = readdirSync(MIGRATIONS, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    const rows = await db.$queryRaw<
      { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null }[]
    >`
      SELECT "migration_name", "checksum", "finished_at", "rolled_back_at" FROM "_prisma_migrations" ORDER BY "migration_name"`;
    expect(rows.map((row) => row.migration_name)).toEqual(folders);
    for (const row of rows) {
      const sql = readFileSync(path.join(MIGRATIONS, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
    }
  });

  it("install the search machinery the schema cannot express", async () => {
    const [config] = await db.$queryRaw<
      { count: number }[]
    >`SELECT count(*)::int AS "count" FROM pg_ts_config WHERE cfgname = 'italian_unaccent'`;
    expect(config?.count).toBe(1);
    const extensions = await db.$queryRaw<{ extname: string }[]>`SELECT "extname" FROM pg_extension ORDER BY 1`;
    expect(extensions.map((e) => e.extname)).toEqual(expect.arrayContaining(["pg_trgm", "unaccent"]));
    const [unindexed] = await db.$queryRaw<
      { missing: number }[]
    >`SELECT count(*)::int AS "missing" FROM "Practice" WHERE "searchVector" IS NULL`;
    expect(unindexed?.missing).toBe(0);
  });
});
