import { recordAudit } from "@/lib/audit/record";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/prisma-client";
import { entityNameKey } from "@/lib/practices/mutations";
import { followUpFromValues, replicationFromValues, type FollowUpData } from "@/lib/open-collection/input";
import { proposalPayload } from "@/lib/submissions/payload";

// Approving a replication or a follow-up: the public row (PracticeReplication, PracticeFollowUp)
// is written only here, in the transaction that marks the submission published and records who
// decided, so what is pending or rejected has no public row at all. Illustrative sheets never
// receive either (they describe no real service: a real-looking replication would mislead).

type Tx = Prisma.TransactionClient;

export type OpenDecision =
  | { outcome: "approved"; practiceSlug: string; linkedSlugs: string[] }
  | { outcome: "already-decided" | "not-found" | "wrong-kind" | "sheet-not-public" };

/** Sheets that cannot receive replications or follow-ups: not published, or illustrative. */
export async function sheetOpenToReports(client: Db | Tx, practiceId: number) {
  const sheet = await client.practice.findUnique({
    where: { id: practiceId },
    select: { id: true, slug: true, title: true, status: true, isSample: true, entityId: true },
  });
  return sheet && sheet.status === "PUBLISHED" && !sheet.isSample ? sheet : null;
}

async function lockPending(tx: Tx, id: number) {
  const [row] = await tx.$queryRaw<{ status: string }[]>`
    SELECT "status"::text AS "status" FROM "Submission" WHERE "id" = ${id} FOR UPDATE`;
  if (!row) return "not-found" as const;
  return row.status === "RECEIVED" || row.status === "IN_REVIEW" ? ("pending" as const) : ("already-decided" as const);
}

/** The catalogue's entity that is the replicating one (ISTAT code first, then name in the region). */
async function matchingEntity(tx: Tx, entity: { name: string; istatCode: string | null }, regionId: number) {
  const [row] = await tx.$queryRaw<{ id: number }[]>`
    SELECT "id" FROM "Entity"
    WHERE "isSample" = false AND (
      (${entity.istatCode}::text IS NOT NULL AND "istatCode" = ${entity.istatCode} AND "kind" = 'COMUNE')
      OR ("regionId" = ${regionId} AND ${entityNameKey(Prisma.sql`"name"`)} = ${entityNameKey(Prisma.sql`${entity.name}`)}))
    ORDER BY ("istatCode" IS NOT DISTINCT FROM ${entity.istatCode}) DESC, "id" LIMIT 1`;
  return row?.id ?? null;
}

async function publishedSlugsOf(tx: Tx, entityId: number | null) {
  if (!entityId) return [];
  const rows = await tx.practice.findMany({ where: { entityId, status: "PUBLISHED" }, select: { slug: true } });
  return rows.map((r) => r.slug);
}

export async function approveOpenSubmission(client: Db, id: number, userId: number, now = new Date()) {
  return client.$transaction(async (tx): Promise<OpenDecision> => {
    const state = await lockPending(tx, id);
    if (state !== "pending") return { outcome: state };
    const submission = await tx.submission.findUniqueOrThrow({ where: { id } });
    if (submission.kind === "NEW_PRACTICE") return { outcome: "wrong-kind" };
    const sheet = submission.practiceId ? await sheetOpenToReports(tx, submission.practiceId) : null;
    if (!sheet) return { outcome: "sheet-not-public" };
    const { values } = proposalPayload.read(submission.payload, `Submission ${id}, payload`);
    const label = `${submission.code} — ${submission.title}`;
    let linkedSlugs: string[] = [];
    if (submission.kind === "REPLICATION") {
      const r = replicationFromValues(values);
      const entityId = await matchingEntity(tx, r.entity, submission.regionId);
      const replication = await tx.practiceReplication.create({
        data: {
          practiceId: sheet.id,
          submissionId: id,
          entityName: r.entity.name,
          entityKind: r.entity.kind,
          entityIstatCode: r.entity.istatCode,
          province: r.entity.province,
          regionId: submission.regionId,
          entityId: entityId === sheet.entityId ? null : entityId,
          startDate: r.startDate ? new Date(`${r.startDate}T00:00:00Z`) : null,
          changes: r.changes,
          note: r.note,
          approvedAt: now,
        },
      });
      linkedSlugs = await publishedSlugsOf(tx, replication.entityId);
      await recordAudit(tx, {
        actorId: userId,
        action: "replication.approve",
        target: { type: "submission", id, label },
        changes: { note: `Replica di «${sheet.title}» da ${r.entity.name}` },
        practiceIds: [sheet.id],
      });
    } else {
      const f = followUpFromValues(values);
      await tx.practiceFollowUp.create({
        data: {
          practiceId: sheet.id,
          submissionId: id,
          date: new Date(`${f.date}T00:00:00Z`),
          status: f.status,
          text: f.text,
          approvedAt: now,
        },
      });
      await recordAudit(tx, {
        actorId: userId,
        action: "follow-up.approve",
        target: { type: "submission", id, label },
        changes: { note: `Aggiornamento del ${f.date} su «${sheet.title}»` },
        practiceIds: [sheet.id],
      });
    }
    await tx.submission.update({
      where: { id },
      data: { status: "PUBLISHED", decidedById: userId, decidedAt: now },
    });
    return { outcome: "approved", practiceSlug: sheet.slug, linkedSlugs };
  });
}

/** A follow-up written by an editor directly on a sheet: public at once, recorded like any edit. */
export async function addStaffFollowUp(client: Db, practiceId: number, data: FollowUpData, userId: number) {
  return client.$transaction(async (tx) => {
    const sheet = await sheetOpenToReports(tx, practiceId);
    if (!sheet) return { outcome: "sheet-not-public" as const };
    const row = await tx.practiceFollowUp.create({
      data: {
        practiceId,
        authorId: userId,
        date: new Date(`${data.date}T00:00:00Z`),
        status: data.status,
        text: data.text,
      },
    });
    await recordAudit(tx, {
      actorId: userId,
      action: "follow-up.create",
      target: { type: "practice", id: practiceId, label: sheet.title },
      changes: { note: `Aggiornamento del ${data.date}: ${data.status}` },
      practiceIds: [practiceId],
    });
    return { outcome: "created" as const, id: row.id, slug: sheet.slug };
  });
}
