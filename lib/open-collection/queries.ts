import { db } from "@/lib/db";
import type { FollowUpStatus, Sustainability } from "@/lib/generated/prisma/enums";

// Public reads of replications and follow-ups. Only approved rows exist in these tables (see
// decide.ts), and only for published, non-illustrative sheets; nothing here reads the
// Submission table, so no submitter data can reach a public page, the API or an export.

export type PublicReplication = {
  id: number;
  entityName: string;
  entityKind: string;
  province: string | null;
  region: { id: number; slug: string; name: string };
  startDate: Date | null;
  changes: string;
  note: string | null;
  approvedAt: Date;
  /** The replicating entity's own published sheets, when it is in the catalogue. */
  entitySheets: { slug: string; title: string }[];
};

export type PublicFollowUp = { id: number; date: Date; status: FollowUpStatus; text: string; byStaff: boolean };

const publicSheet = { status: "PUBLISHED", isSample: false } as const;

/** What a sheet page shows: its replications, its follow-ups (newest first) and what its entity replicated. */
/** `publishedOnly`: nothing for a sheet that is not public (the public read, callable with any id). */
export async function getOpenCollection(practiceId: number, entityId: number, { publishedOnly = false } = {}) {
  const ofSheet = publishedOnly ? { practiceId, practice: publicSheet } : { practiceId };
  const [replications, followUps, replicatedByEntity] = await Promise.all([
    db.practiceReplication.findMany({
      where: ofSheet,
      orderBy: [{ startDate: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      include: {
        region: { select: { id: true, slug: true, name: true } },
        entity: { select: { practices: { where: publicSheet, select: { slug: true, title: true }, take: 5 } } },
      },
    }),
    db.practiceFollowUp.findMany({ where: ofSheet, orderBy: [{ date: "desc" }, { id: "desc" }] }),
    db.practiceReplication.findMany({
      where: { entityId, practice: publicSheet },
      orderBy: { id: "asc" },
      select: {
        startDate: true,
        practice: { select: { slug: true, title: true, entity: { select: { name: true } } } },
      },
    }),
  ]);
  return {
    replications: replications.map((r): PublicReplication => ({
      id: r.id,
      entityName: r.entityName,
      entityKind: r.entityKind,
      province: r.province,
      region: r.region,
      startDate: r.startDate,
      changes: r.changes,
      note: r.note,
      approvedAt: r.approvedAt,
      entitySheets: r.entity?.practices ?? [],
    })),
    followUps: followUps.map((f): PublicFollowUp => ({
      id: f.id,
      date: f.date,
      status: f.status,
      text: f.text,
      byStaff: f.authorId !== null,
    })),
    replicatedByEntity: replicatedByEntity.map((r) => ({ ...r.practice, startDate: r.startDate })),
  };
}

export type OpenCollection = Awaited<ReturnType<typeof getOpenCollection>>;

/** Replication count and latest follow-up status of each given sheet (API lists and exports). */
export async function getReplicationSummaries(practiceIds: number[]) {
  if (practiceIds.length === 0)
    return new Map<number, { replications: number; latestStatus: FollowUpStatus | null; latestDate: Date | null }>();
  const rows = await db.$queryRaw<
    { id: number; replications: number; latestStatus: FollowUpStatus | null; latestDate: Date | null }[]
  >`
    SELECT p."id",
      (SELECT count(*)::int FROM "PracticeReplication" r WHERE r."practiceId" = p."id") AS "replications",
      f."status"::text AS "latestStatus", f."date" AS "latestDate"
    FROM unnest(${practiceIds}::int[]) AS p("id")
    LEFT JOIN LATERAL (
      SELECT "status", "date" FROM "PracticeFollowUp" WHERE "practiceId" = p."id" ORDER BY "date" DESC, "id" DESC LIMIT 1
    ) f ON true`;
  return new Map(rows.map((row) => [row.id, row]));
}

/** The most replicated published sheets. */
export async function listMostReplicated(limit = 10) {
  return db.$queryRaw<{ slug: string; title: string; entityName: string; regionName: string; count: number }[]>`
    SELECT p."slug", p."title", e."name" AS "entityName", g."name" AS "regionName", count(*)::int AS "count"
    FROM "PracticeReplication" r
    JOIN "Practice" p ON p."id" = r."practiceId" AND p."status" = 'PUBLISHED' AND NOT p."isSample"
    JOIN "Entity" e ON e."id" = p."entityId" JOIN "Region" g ON g."id" = e."regionId"
    GROUP BY p."id", e."name", g."name"
    ORDER BY count(*) DESC, p."title" LIMIT ${limit}`;
}

/** Replications per region of the replicating entity (the replication map). */
export async function countReplicationsByRegion() {
  return db.$queryRaw<{ regionId: number; count: number }[]>`
    SELECT r."regionId", count(*)::int AS "count"
    FROM "PracticeReplication" r JOIN "Practice" p ON p."id" = r."practiceId"
    WHERE p."status" = 'PUBLISHED' AND NOT p."isSample"
    GROUP BY r."regionId"`;
}

export type DeclarationRow = { group: string; declared: Sustainability; latest: FollowUpStatus; count: number };

/**
 * What sheets declared in 2020 against what their latest follow-up reports, by region and by
 * area of users: only sheets with at least one follow-up are counted.
 */
export async function compareDeclarationsWithFollowUps() {
  const latest = `
    SELECT DISTINCT ON (f."practiceId") f."practiceId", f."status"
    FROM "PracticeFollowUp" f ORDER BY f."practiceId", f."date" DESC, f."id" DESC`;
  const [byRegion, byArea] = await Promise.all([
    db.$queryRawUnsafe<DeclarationRow[]>(`
      SELECT g."name" AS "group", p."sustainability"::text AS "declared", l."status"::text AS "latest", count(*)::int AS "count"
      FROM (${latest}) l JOIN "Practice" p ON p."id" = l."practiceId" AND p."status" = 'PUBLISHED' AND NOT p."isSample"
      JOIN "Entity" e ON e."id" = p."entityId" JOIN "Region" g ON g."id" = e."regionId"
      GROUP BY g."name", p."sustainability", l."status" ORDER BY g."name"`),
    db.$queryRawUnsafe<DeclarationRow[]>(`
      SELECT t."label" AS "group", p."sustainability"::text AS "declared", l."status"::text AS "latest", count(*)::int AS "count"
      FROM (${latest}) l JOIN "Practice" p ON p."id" = l."practiceId" AND p."status" = 'PUBLISHED' AND NOT p."isSample"
      JOIN "PracticeTerm" pt ON pt."practiceId" = p."id" JOIN "Term" t ON t."id" = pt."termId" AND t."vocabulary" = 'AREA'
      GROUP BY t."label", p."sustainability", l."status" ORDER BY t."label"`),
  ]);
  return { byRegion, byArea };
}

/** Replications into a region (by its entities) and out of it (of its sheets, elsewhere). */
export async function listRegionReplications(regionId: number) {
  const select = {
    entityName: true,
    startDate: true,
    region: { select: { name: true, slug: true } },
    practice: {
      select: { slug: true, title: true, entity: { select: { name: true, region: { select: { name: true } } } } },
    },
  } as const;
  const [into, outOf] = await Promise.all([
    db.practiceReplication.findMany({
      where: { regionId, practice: publicSheet },
      orderBy: { id: "desc" },
      take: 50,
      select,
    }),
    db.practiceReplication.findMany({
      where: { practice: { ...publicSheet, regionId }, NOT: { regionId } },
      orderBy: { id: "desc" },
      take: 50,
      select,
    }),
  ]);
  return { into, outOf };
}

/** The newest approved replications and follow-ups, for the Atom feed. */
export async function listRecentOpenCollection(limit = 20, practiceIds?: number[]) {
  const where = { practice: publicSheet, ...(practiceIds && { practiceId: { in: practiceIds } }) };
  const [replications, followUps] = await Promise.all([
    db.practiceReplication.findMany({
      where,
      orderBy: { approvedAt: "desc" },
      take: limit,
      select: {
        id: true,
        entityName: true,
        note: true,
        changes: true,
        startDate: true,
        approvedAt: true,
        practice: { select: { slug: true, title: true } },
      },
    }),
    db.practiceFollowUp.findMany({
      where,
      orderBy: { approvedAt: "desc" },
      take: limit,
      select: {
        id: true,
        date: true,
        status: true,
        text: true,
        approvedAt: true,
        practice: { select: { slug: true, title: true } },
      },
    }),
  ]);
  return { replications, followUps };
}
