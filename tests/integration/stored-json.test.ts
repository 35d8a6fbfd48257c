import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { saveImportJob } from "@/lib/import/analyse";
import { commitImportJob } from "@/lib/import/apply";
import { getImportJob, listRecentImports } from "@/lib/import/queries";
import { listRevisions } from "@/lib/practices/admin-queries";
import { practiceRelations, revisionData } from "@/lib/practices/mutations";
import { snapshotOf } from "@/lib/practices/snapshot";
import { StoredJsonError } from "@/lib/stored-json";
import { analyse, fixture, snapshotCatalogue } from "../fixtures/import/fixture-files";

// JSON columns are read through their schema and format version: a stored row in a format this
// program does not know, or not matching it, is refused with an error naming the row and why;
// rows from before the version field are read as version 1.

// Versions far above the sheet's own, so these rows are its latest and never clash.
const BASE = 900_000;
let restore: () => Promise<void>;
let practiceId: number;
let snapshot: ReturnType<typeof snapshotOf>;

beforeAll(async () => {
  restore = await snapshotCatalogue();
  const practice = await db.practice.findFirstOrThrow({ orderBy: { id: "asc" }, include: practiceRelations });
  practiceId = practice.id;
  snapshot = snapshotOf(practice);
});
afterAll(async () => {
  await db.practiceRevision.deleteMany({ where: { practiceId, version: { gte: BASE } } });
  await restore();
  await db.$disconnect();
});

async function storeRevision(version: number, json: object) {
  const { id } = await db.practiceRevision.create({
    data: { practiceId, version: BASE + version, source: "FORM", snapshot: json as Prisma.InputJsonObject },
  });
  return id;
}

describe("PracticeRevision.snapshot", () => {
  it("is written with its format version by a save, and read back", async () => {
    const practice = await db.practice.findUniqueOrThrow({ where: { id: practiceId }, include: practiceRelations });
    await db.practiceRevision.create({
      data: revisionData(practiceId, BASE + 1, { userId: null, source: "FORM" }, snapshotOf(practice)),
    });
    const [stored] = await db.$queryRaw<{ version: string }[]>`
      SELECT "snapshot"->>'version' AS "version" FROM "PracticeRevision"
      WHERE "practiceId" = ${practiceId} AND "version" = ${BASE + 1}`;
    expect(stored?.version).toBe("1");
    const [revision] = await listRevisions(practiceId);
    expect(revision?.snapshot).toEqual(snapshot);
  });

  it("reads a snapshot stored before versions as version 1", async () => {
    await storeRevision(2, { ...snapshot, title: "Titolo senza versione" });
    const [latest] = await listRevisions(practiceId);
    expect(latest?.snapshot.title).toBe("Titolo senza versione");
    expect(latest?.snapshot).not.toHaveProperty("version");
  });

  it("refuses an unknown format version, naming the row", async () => {
    const id = await storeRevision(3, { ...snapshot, version: 2 });
    const error = await listRevisions(practiceId).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoredJsonError);
    expect((error as Error).message).toBe(
      `PracticeRevision ${id}, snapshot: formato versione 2 sconosciuto (questo programma legge la versione 1).`,
    );
    await db.practiceRevision.delete({ where: { id } });
  });

  it("refuses a snapshot that does not match its version's schema, saying which field", async () => {
    const id = await storeRevision(3, { ...snapshot, version: 1, serviceType: "BOH", entity: { id: "x" } });
    const error = await listRevisions(practiceId).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoredJsonError);
    expect((error as Error).message).toMatch(new RegExp(`^PracticeRevision ${id}, snapshot: contenuto non valido`));
    expect((error as Error).message).toContain("serviceType");
    expect((error as Error).message).toContain("entity.id");
    await db.practiceRevision.delete({ where: { id } });
    expect((await listRevisions(practiceId))[0]?.snapshot.title).toBe("Titolo senza versione");
  });
});

describe("ImportJob.summary and ImportJob.payload", () => {
  it("are written with their format version and read back", async () => {
    const analysis = await analyse(fixture("valid-utf8.csv"));
    const job = await saveImportJob(db, analysis, null);
    const [stored] = await db.$queryRaw<{ summary: string; payload: string; rows: number }[]>`
      SELECT "summary"->>'version' AS "summary", "payload"->>'version' AS "payload",
             jsonb_array_length("payload"->'rows')::int AS "rows" FROM "ImportJob" WHERE "id" = ${job.id}`;
    expect(stored).toEqual({ summary: "1", payload: "1", rows: analysis.rows.length });
    expect((await getImportJob(job.id))!.summary).toEqual(analysis.summary);
  });

  it("refuse an unknown summary version when the job is shown", async () => {
    const job = await saveImportJob(db, await analyse(fixture("valid-utf8.csv")), null);
    await db.$executeRaw`UPDATE "ImportJob" SET "summary" = jsonb_set("summary", '{version}', '7') WHERE "id" = ${job.id}`;
    await expect(getImportJob(job.id)).rejects.toThrow(
      `ImportJob ${job.id}, summary: formato versione 7 sconosciuto (questo programma legge la versione 1).`,
    );
  });

  it("refuse a payload that does not match its schema before anything is written", async () => {
    const job = await saveImportJob(db, await analyse(fixture("valid-utf8.csv")), null);
    await db.$executeRaw`UPDATE "ImportJob" SET "payload" = jsonb_set("payload", '{rows,0,draft,status}', '"FORSE"') WHERE "id" = ${job.id}`;
    const error = await commitImportJob(db, job.id, null).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoredJsonError);
    expect((error as Error).message).toMatch(new RegExp(`^ImportJob ${job.id}, payload: contenuto non valido`));
    expect((error as Error).message).toContain("rows[0].draft.status");
    expect((await db.importJob.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("PREVIEW");
  });

  it("read a payload stored before versions (the bare array of rows) as version 1", async () => {
    const analysis = await analyse(fixture("valid-utf8.csv"));
    const job = await saveImportJob(db, analysis, null);
    await db.$executeRaw`UPDATE "ImportJob" SET "payload" = "payload"->'rows', "summary" = "summary" - 'version' WHERE "id" = ${job.id}`;
    const { rows } = await commitImportJob(db, job.id, null);
    expect(rows.map((row) => row.code)).toEqual(analysis.summary.rows.map((row) => row.code));
  });

  it("a job whose summary cannot be read still appears in the list of recent imports", async () => {
    const job = await saveImportJob(db, await analyse(fixture("valid-utf8.csv")), null);
    await db.$executeRaw`UPDATE "ImportJob" SET "summary" = '{}'::jsonb WHERE "id" = ${job.id}`;
    try {
      const listed = (await listRecentImports(50)).find((recent) => recent.id === job.id);
      expect(listed).toMatchObject({ id: job.id, counts: null });
    } finally {
      await db.importJob.delete({ where: { id: job.id } });
    }
  });
});
