import "server-only";
import { hashToken } from "@/lib/auth/session-store";
import { db } from "@/lib/db";
import type { SubmissionKind, SubmissionStatus } from "@/lib/generated/prisma/enums";
import { proposalPayload } from "@/lib/submissions/payload";

// Reads of submissions: the submitter's status page (by private token) and the editors' queue.

const PENDING: SubmissionStatus[] = ["RECEIVED", "IN_REVIEW"];
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** What the status page shows: never the submitter's data, only the proposal's fate. */
export async function findSubmissionStatus(token: string) {
  if (!TOKEN.test(token)) return null;
  return db.submission.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      code: true,
      kind: true,
      title: true,
      status: true,
      createdAt: true,
      decidedAt: true,
      rejectionReason: true,
      practice: { select: { slug: true, status: true } },
    },
  });
}

export async function countPendingSubmissions() {
  return db.submission.count({ where: { status: { in: PENDING } } });
}

/** The queue, oldest first, each with its age at the time of reading. */
export async function listSubmissions(filters: { kind?: SubmissionKind; status?: SubmissionStatus }, now = new Date()) {
  const rows = await db.submission.findMany({
    where: {
      kind: filters.kind,
      status: filters.status ?? { in: PENDING },
    },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: {
      id: true,
      code: true,
      kind: true,
      status: true,
      title: true,
      entityName: true,
      flagged: true,
      createdAt: true,
      decidedAt: true,
    },
  });
  return rows.map((row) => ({ ...row, ageMs: now.getTime() - row.createdAt.getTime() }));
}

export async function getSubmissionForReview(id: number) {
  const submission = await db.submission.findUnique({
    where: { id },
    include: {
      decidedBy: { select: { name: true } },
      practice: { select: { id: true, slug: true, title: true, status: true } },
    },
  });
  if (!submission) return null;
  const payload = proposalPayload.read(submission.payload, `Submission ${submission.id}, payload`);
  return { ...submission, values: payload.values };
}

/** Opening a new proposal tells its sender someone is looking at it. */
export async function markInReview(id: number, now = new Date()) {
  await db.submission.updateMany({
    where: { id, status: "RECEIVED" },
    data: { status: "IN_REVIEW", reviewStartedAt: now },
  });
}

export type PossibleDuplicate = {
  id: number;
  slug: string;
  title: string;
  entityName: string;
  status: string;
  reason: string;
};

/**
 * Sheets that may already describe the proposal: a similar title (trigram similarity, pg_trgm),
 * or the same entity (ISTAT code or name in the region) with an area in common.
 */
export async function findPossibleDuplicates(submission: {
  title: string;
  entityName: string;
  entityIstatCode: string | null;
  regionId: number;
  values: Record<string, string | string[]>;
}): Promise<PossibleDuplicate[]> {
  const areas = Array.isArray(submission.values.aree_utenza) ? submission.values.aree_utenza : [];
  return db.$queryRaw<PossibleDuplicate[]>`
    SELECT p."id", p."slug", p."title", e."name" AS "entityName", p."status"::text AS "status",
      CASE WHEN similarity(p."title", ${submission.title}) >= 0.3
        THEN 'titolo simile (' || round(similarity(p."title", ${submission.title})::numeric * 100) || '%)'
        ELSE 'stesso ente e stessa area di utenza' END AS "reason"
    FROM "Practice" p JOIN "Entity" e ON e."id" = p."entityId"
    WHERE similarity(p."title", ${submission.title}) >= 0.3
      OR ((${submission.entityIstatCode}::text IS NOT NULL AND e."istatCode" = ${submission.entityIstatCode}
           OR e."regionId" = ${submission.regionId} AND lower(unaccent(e."name")) = lower(unaccent(${submission.entityName})))
        AND EXISTS (SELECT 1 FROM "PracticeTerm" pt JOIN "Term" t ON t."id" = pt."termId"
                    WHERE pt."practiceId" = p."id" AND t."vocabulary" = 'AREA' AND t."slug" = ANY(${areas}::text[])))
    ORDER BY similarity(p."title", ${submission.title}) DESC, p."id"
    LIMIT 10`;
}
