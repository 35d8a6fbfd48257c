import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { prepareDatabase } from "../../scripts/lib/prepare-database.ts";
import { applyMigrations } from "../../scripts/lib/schema-engine.ts";
import { recreateDatabase, withDatabaseName } from "../../scripts/lib/server-admin.ts";

// Several instances starting together against one fresh database each migrate and seed it at
// start (scripts/start.ts): they must take turns, not apply a migration or the seed twice.

const url = withDatabaseName(
  process.env.DATABASE_URL!,
  `${new URL(process.env.DATABASE_URL!).pathname.slice(1)}_concurrent_start`,
);

beforeAll(async () => {
  await recreateDatabase(url);
});

afterAll(async () => {
  const admin = new pg.Client({ connectionString: withDatabaseName(url, "postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
  await admin.end();
});

it("two instances preparing a fresh database at once both succeed, one migration record each", async () => {
  const results = await Promise.allSettled([prepareDatabase(url), prepareDatabase(url)]);
  expect(results.map((result) => (result.status === "rejected" ? String(result.reason) : "ok"))).toEqual(["ok", "ok"]);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: migrations } = await client.query<{ migration_name: string; records: number }>(
      `SELECT "migration_name", count(*)::int AS "records" FROM "_prisma_migrations" GROUP BY 1 ORDER BY 1`,
    );
    expect(migrations.length).toBeGreaterThan(0);
    expect(migrations.filter((migration) => migration.records !== 1)).toEqual([]);
    const { rows } = await client.query<{ sheets: number }>(`SELECT count(*)::int AS "sheets" FROM "Practice"`);
    expect(rows[0]?.sheets).toBe(240);
  } finally {
    await client.end();
  }
}, 120_000);

it("a command applying the migrations while an instance starts waits its turn (db:migrate, admin:create…)", async () => {
  await recreateDatabase(url);
  const results = await Promise.allSettled([prepareDatabase(url), applyMigrations(url), applyMigrations(url)]);
  expect(results.map((result) => (result.status === "rejected" ? String(result.reason) : "ok"))).toEqual([
    "ok",
    "ok",
    "ok",
  ]);
  const applied = results.flatMap((result) =>
    result.status === "fulfilled" && Array.isArray(result.value) ? result.value : [],
  );
  // Each migration was applied by exactly one of the three.
  expect(new Set(applied).size).toBe(applied.length);
}, 90_000);

it("applying the migrations leaves no connection and no advisory lock behind", async () => {
  await recreateDatabase(url);
  await applyMigrations(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Prisma's engine locks on a pooled connection and never unlocks: a connection left open keeps
    // the lock and makes the next command wait out Prisma's 10 s timeout.
    const { rows } = await client.query<{ connections: number; locks: number }>(
      `SELECT (SELECT count(*)::int FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()) AS "connections",
              (SELECT count(*)::int FROM pg_locks l JOIN pg_database d ON d.oid = l.database
                WHERE l.locktype = 'advisory' AND d.datname = current_database()) AS "locks"`,
    );
    expect(rows[0]).toEqual({ connections: 0, locks: 0 });
  } finally {
    await client.end();
  }
}, 60_000);
