import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "../e2e/support/test";
import pg from "pg";
import { itemAt } from "../../lib/item-at";
import { catalogueFingerprint, query } from "./support/db";
import { plainSheets } from "./support/sheets";

// An import killed half-way (process terminated, or its connection cut) leaves the catalogue
// exactly as before; two imports started together never interleave: the second waits.

const IMPORT_LOCK_KEY = 4_242_001; // lib/import/apply.ts

const dir = mkdtempSync(path.join(tmpdir(), "faults-import-"));

function writeSheets(name: string, sheets: unknown[]) {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(sheets));
  return file;
}

/** `npm run import -- FILE` as one process (no tsx wrapper), so a signal reaches the importer itself. */
function startImport(file: string) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/import.ts", file], {
    env: process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const done = new Promise<{ code: number | null; signal: string | null; output: string }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, output })),
  );
  return { child, done };
}

const advisoryLocks = () =>
  query<{ pid: number; granted: boolean }>(`SELECT pid, granted FROM pg_locks WHERE locktype = 'advisory'`);

/**
 * The backend of the import's commit transaction, once it holds the lock. The dry run before it
 * takes the same lock in a transaction it rolls back: the commit's comes after the import job row.
 */
async function commitInProgress(jobsBefore: number) {
  await waitFor(async () => ((await importJobs()) > jobsBefore ? true : undefined), 60_000, "import job saved");
  const holder = await waitFor(async () => (await advisoryLocks()).find((l) => l.granted), 30_000, "commit lock");
  // Let it write some rows first: a commit of 5,000 sheets takes seconds (240 take well under one).
  await new Promise((r) => setTimeout(r, 150));
  return holder;
}

const importJobs = async () => itemAt(await query<{ n: number }>(`SELECT count(*)::int AS n FROM "ImportJob"`), 0).n;

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timeout: ${what}`);
}

test("an import killed during its transaction changes nothing", async () => {
  const before = await catalogueFingerprint();
  const jobs = await importJobs();
  const { child, done } = startImport(writeSheets("kill.json", plainSheets("KILL", 5_000)));
  const holder = await commitInProgress(jobs);
  const killedAt = Date.now();
  child.kill("SIGKILL");
  const result = await done;
  expect(result.signal).toBe("SIGKILL");
  console.log(
    `killed the import (backend ${holder.pid}) inside its commit transaction; exit seen after ${Date.now() - killedAt} ms`,
  );
  // Postgres notices the dead client and rolls its transaction back, releasing the lock.
  await waitFor(async () => ((await advisoryLocks()).length === 0 ? true : undefined), 15_000, "lock released");
  expect(await catalogueFingerprint()).toEqual(before);
  expect(await query(`SELECT 1 FROM "Practice" WHERE "code" LIKE 'KILL-%'`)).toHaveLength(0);
});

test("an import whose connection is cut during its transaction changes nothing", async () => {
  const before = await catalogueFingerprint();
  // Hold the import lock, so the import's commit transaction is certainly open (waiting for the
  // lock) when its connection is cut, however fast the machine.
  const blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await blocker.connect();
  await blocker.query("BEGIN");
  await blocker.query("SELECT pg_advisory_xact_lock($1)", [IMPORT_LOCK_KEY]);
  try {
    const { done } = startImport(writeSheets("cut.json", plainSheets("CUT", 240)));
    const waiting = await waitFor(
      async () => (await advisoryLocks()).find((l) => !l.granted),
      60_000,
      "import waiting for the lock",
    );
    await query(`SELECT pg_terminate_backend($1)`, [waiting.pid]);
    const result = await done;
    expect(result.code, result.output).not.toBe(0);
  } finally {
    await blocker.query("ROLLBACK");
    await blocker.end();
  }
  expect(await catalogueFingerprint()).toEqual(before);
  expect(await query(`SELECT 1 FROM "Practice" WHERE "code" LIKE 'CUT-%'`)).toHaveLength(0);
});

test("two imports at once: the second waits for the first, rows never interleave", async () => {
  // Large enough that each commit lasts seconds, so the two overlap.
  const a = startImport(writeSheets("a.json", plainSheets("LOCKA", 2_000)));
  const b = startImport(writeSheets("b.json", plainSheets("LOCKB", 2_000)));
  // At some point one import holds the lock and the other waits on it.
  const waited = await waitFor(
    async () => {
      const locks = await advisoryLocks();
      return locks.some((l) => l.granted) && locks.some((l) => !l.granted) ? true : undefined;
    },
    60_000,
    "one import waiting for the other",
  ).catch(() => false);
  const [ra, rb] = await Promise.all([a.done, b.done]);
  expect(ra.code, ra.output).toBe(0);
  expect(rb.code, rb.output).toBe(0);
  expect(waited).toBe(true);
  const ids = await query<{ prefix: string; min: number; max: number; n: number }>(
    `SELECT split_part("code", '-', 1) AS prefix, min("id") AS min, max("id") AS max, count(*)::int AS n
     FROM "Practice" WHERE "code" LIKE 'LOCK%' GROUP BY 1 ORDER BY 2`,
  );
  expect(ids.map((r) => r.n)).toEqual([2_000, 2_000]);
  // Ids come from a sequence outside transactions: interleaved writes would interleave them.
  expect(itemAt(ids, 0).max).toBeLessThan(itemAt(ids, 1).min);
});
