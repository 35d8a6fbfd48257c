import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { createSession, findSessionUser, hashToken, SESSION_ABSOLUTE_MS } from "@/lib/auth/session-store";
import { db } from "@/lib/db";
import { pruneExpired, pruneIfFirst } from "@/lib/housekeeping";
import { importPayloadJson, importSummaryJson } from "@/lib/import/job-json";

afterAll(async () => {
  await db.$disconnect();
});

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
let serial = 0;

async function user() {
  return db.user.create({
    data: { email: `pulizia-${Date.now()}-${++serial}@test.local`, name: "Pulizia", role: "EDITOR", passwordHash: "x" },
  });
}

describe("absolute session lifetime", () => {
  it("ends a session 12 hours after sign-in however active it stays", async () => {
    const { id: userId } = await user();
    const { token } = await createSession(db, userId, {});
    expect(await findSessionUser(db, token)).toMatchObject({ id: userId });
    // Used a minute ago, sliding expiry hours away, but signed in 12 h 1 min ago.
    await db.session.update({
      where: { id: hashToken(token) },
      data: {
        createdAt: new Date(Date.now() - SESSION_ABSOLUTE_MS - 60_000),
        lastSeenAt: new Date(Date.now() - 60_000),
        expiresAt: new Date(Date.now() + 7 * HOUR),
      },
    });
    expect(await findSessionUser(db, token)).toBeNull();
    expect(await db.session.count({ where: { id: hashToken(token) } })).toBe(0);
  });

  it("never slides the expiry past the absolute end", async () => {
    const { id: userId } = await user();
    const { token } = await createSession(db, userId, {});
    const createdAt = new Date(Date.now() - 10 * HOUR);
    await db.session.update({
      where: { id: hashToken(token) },
      data: { createdAt, lastSeenAt: new Date(Date.now() - HOUR) },
    });
    expect(await findSessionUser(db, token)).not.toBeNull();
    const session = await db.session.findUniqueOrThrow({ where: { id: hashToken(token) } });
    expect(session.expiresAt.getTime()).toBe(createdAt.getTime() + SESSION_ABSOLUTE_MS);
  });
});

describe("pruning", () => {
  it("removes ended sessions, stale sign-in attempts and abandoned imports, and keeps the rest", async () => {
    const now = new Date();
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const { id: userId } = await user();
    const tag = `${Date.now()}-${++serial}`;
    const session = (name: string, createdAt: Date, expiresAt: Date) =>
      db.session.create({ data: { id: `${tag}-${name}`, userId, createdAt, lastSeenAt: createdAt, expiresAt } });
    await session("expired", ago(9 * HOUR), ago(HOUR));
    await session("too-old", ago(13 * HOUR), new Date(now.getTime() + HOUR));
    await session("live", ago(HOUR), new Date(now.getTime() + 7 * HOUR));

    const email = `tentativi-${tag}@test.local`;
    const attempt = (success: boolean | null, createdAt: Date) =>
      db.loginAttempt.create({ data: { email, ip: "203.0.113.1", success, createdAt } });
    await attempt(false, ago(2 * HOUR)); // past the throttling window
    await attempt(null, ago(2 * HOUR)); // a check that never finished
    await attempt(true, ago(31 * DAY)); // older than the known-address memory
    await attempt(false, ago(10 * 60_000));
    await attempt(true, ago(10 * DAY));

    const job = (status: "PREVIEW" | "FAILED" | "COMMITTED", createdAt: Date) =>
      db.importJob.create({
        data: {
          fileName: `${tag}-${status}.csv`,
          format: "csv",
          status,
          rowCount: 0,
          summary: importSummaryJson.write({
            details: "",
            counts: { created: 0, updated: 0, unchanged: 0 },
            problems: [],
            rows: [],
          }),
          payload: importPayloadJson.write({ rows: [] }),
          createdAt,
        },
      });
    await job("PREVIEW", ago(8 * DAY));
    await job("FAILED", ago(31 * DAY));
    await job("PREVIEW", ago(DAY));
    await job("COMMITTED", ago(365 * DAY));

    const removed = await pruneExpired(db, now);
    expect(removed.sessions).toBeGreaterThanOrEqual(2);

    const sessions = await db.session.findMany({ where: { id: { startsWith: tag } }, select: { id: true } });
    expect(sessions.map((row) => row.id)).toEqual([`${tag}-live`]);
    const attempts = await db.loginAttempt.findMany({ where: { email }, orderBy: { createdAt: "asc" } });
    expect(attempts.map((row) => [row.success, now.getTime() - row.createdAt.getTime()])).toEqual([
      [true, 10 * DAY],
      [false, 10 * 60_000],
    ]);
    const jobs = await db.importJob.findMany({ where: { fileName: { startsWith: tag } }, orderBy: { id: "asc" } });
    expect(jobs.map((row) => [row.status, now.getTime() - row.createdAt.getTime()])).toEqual([
      ["PREVIEW", DAY],
      ["COMMITTED", 365 * DAY],
    ]);
    // The browser tests list recent imports from the same database.
    await db.importJob.deleteMany({ where: { fileName: { startsWith: tag } } });
  });

  it("lets one process prune at a time", async () => {
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query("SELECT pg_advisory_lock(72040301::bigint)");
      expect(await pruneIfFirst(db)).toBeNull();
      await other.query("SELECT pg_advisory_unlock(72040301::bigint)");
      expect(await pruneIfFirst(db)).toMatchObject({ sessions: expect.any(Number) });
    } finally {
      await other.end();
    }
  });
});
