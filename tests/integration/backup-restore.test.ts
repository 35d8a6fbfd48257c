import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { readBackupFile, restoreBackup, writeBackupFile } from "../../scripts/lib/backup";
import { applyMigrations } from "../../scripts/lib/schema-engine";
import { recreateDatabase, withDatabaseName } from "../../scripts/lib/server-admin";

// `npm run db:backup` and `npm run db:restore` round-trip: a restore into an empty database
// reproduces every row of every table, and a restore that fails changes nothing.

const source = process.env.DATABASE_URL!;
const target = withDatabaseName(source, `${new URL(source).pathname.slice(1)}_restore`);
const dir = mkdtempSync(path.join(tmpdir(), "backup-test-"));
const file = path.join(dir, "backup.json.gz");

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function npmScript(script: string, args: string[], url: string) {
  const result = spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), script, ...args], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** One checksum per table over all its rows, in a stable order. */
async function fingerprint(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
    );
    const result: Record<string, { rows: number; md5: string }> = {};
    for (const { name } of tables) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM "${name}" t`,
      );
      result[name] = rows[0];
    }
    return result;
  } finally {
    await client.end();
  }
}

describe("backup and restore", () => {
  it("restores every sheet and every row into an empty database", { timeout: 120_000 }, async () => {
    const backup = npmScript("scripts/db-backup.ts", [file], source);
    expect(backup.status, backup.output).toBe(0);
    expect(backup.output).toMatch(/Backup scritto in .*: \d+ schede/);

    await recreateDatabase(target);
    const restore = npmScript("scripts/db-restore.ts", [file], target);
    expect(restore.status, restore.output).toBe(0);

    const [before, after] = [await fingerprint(source), await fingerprint(target)];
    expect(before.Practice?.rows).toBeGreaterThanOrEqual(240);
    expect(after).toEqual(before);

    // Serial ids continue after the restored rows: a new row does not collide.
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    const { rows: ids } = await client.query(
      `SELECT nextval(pg_get_serial_sequence('"Practice"', 'id')) > (SELECT max("id") FROM "Practice") AS ok`,
    );
    expect(ids[0].ok).toBe(true);
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "Practice" WHERE "searchVector" IS NULL`);
    await client.end();
    expect(rows[0].n).toBe(0);
  });

  it("a restore that fails half-way leaves the database as it was", { timeout: 60_000 }, async () => {
    const before = await fingerprint(target);
    const backup = await readBackupFile(file);
    const practices = backup.tables.find((t) => t.name === "Practice")!;
    // The last sheet points to an entity that does not exist: the foreign key fails late.
    practices.rows[practices.rows.length - 1] = { ...practices.rows[practices.rows.length - 1], entityId: 999_999_999 };
    const broken = path.join(dir, "broken.json.gz");
    await writeBackupFile(backup, broken);
    await expect(restoreBackup(target, await readBackupFile(broken))).rejects.toThrow();
    expect(await fingerprint(target)).toEqual(before);
  });

  it("refuses a file that is not a backup, and a backup of another schema version", async () => {
    const bogus = path.join(dir, "bogus.json.gz");
    await writeBackupFile({ hello: "world" } as never, bogus);
    await expect(readBackupFile(bogus)).rejects.toThrow(/non è un backup/);
    const backup = await readBackupFile(file);
    await expect(restoreBackup(target, { ...backup, migration: "20000101000000_other" })).rejects.toThrow(/migrazione/);
    await applyMigrations(target); // still valid afterwards
  });
});
