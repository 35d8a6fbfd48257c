import { recordAudit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/prisma-client";
import {
  draftFromSnapshot,
  draftTerms,
  entityNowReal,
  practiceFields,
  publishedAtOf,
  resolveEntity,
  searchExtraOf,
} from "@/lib/practices/mutations";
import { snapshotOfRevision } from "@/lib/practices/snapshot-json";
import { withMergedTerms } from "@/lib/vocabularies/merged-terms";

// Drafts of published sheets. A save of a published sheet from the form (or a restore) writes a
// revision marked `draft` and points Practice.draftVersion at it; the Practice row, which every
// public read uses, keeps the published content. Publishing copies the draft revision's content
// into the row, without writing another revision: the draft revision becomes the published one.

type Tx = Prisma.TransactionClient;

export type PublishOutcome =
  | { outcome: "published"; practiceId: number; slug: string; version: number }
  | { outcome: "nothing" | "stale"; practiceId: number };

/**
 * Publishes the sheet's pending draft, if it is still the draft at `expectedVersion` (what the
 * editor saw). Runs in the caller's transaction, with its audit event.
 */
export async function publishDraft(
  tx: Tx,
  practiceId: number,
  actorId: number | null,
  expectedVersion?: number,
  note?: string,
): Promise<PublishOutcome> {
  // FOR UPDATE: two processes publishing the same draft (a scheduled run and a click) do it once.
  const [row] = await tx.$queryRaw<{ version: number; draftVersion: number | null }[]>`
    SELECT "version", "draftVersion" FROM "Practice" WHERE "id" = ${practiceId} FOR UPDATE`;
  if (!row || row.draftVersion === null) return { outcome: "nothing", practiceId };
  if (row.draftVersion !== row.version || (expectedVersion !== undefined && row.version !== expectedVersion))
    return { outcome: "stale", practiceId };
  const revision = await tx.practiceRevision.findUniqueOrThrow({
    where: { practiceId_version: { practiceId, version: row.version } },
  });
  const snapshot = snapshotOfRevision(revision);
  const allTerms = await tx.term.findMany();
  // Written before a merge, the draft may name a value merged away: it gets the surviving one.
  const draft = await withMergedTerms(tx, draftFromSnapshot(snapshot), allTerms);
  const existing = await tx.practice.findUniqueOrThrow({ where: { id: practiceId } });
  const entity = await resolveEntity(tx, draft.entity);
  if (!existing.isSample) await entityNowReal(tx, entity);
  const selected = draftTerms(draft, allTerms);
  await tx.practice.update({
    where: { id: practiceId },
    data: {
      ...practiceFields(draft, entity.id),
      searchExtra: searchExtraOf(entity, selected),
      publishedAt: publishedAtOf(draft, existing),
      draftVersion: null,
      publishAt: null,
    },
  });
  await tx.practiceTerm.deleteMany({ where: { practiceId } });
  if (selected.length)
    await tx.practiceTerm.createMany({ data: selected.map((term) => ({ practiceId, termId: term.id })) });
  await tx.practiceRevision.update({ where: { id: revision.id }, data: { draft: false } });
  await recordAudit(tx, {
    actorId,
    action: "practice.publish",
    target: { type: "practice", id: practiceId, label: `${snapshot.code} — ${snapshot.title}` },
    changes: { note: note ?? `Pubblicate le modifiche della versione ${row.version}.` },
    practiceIds: [practiceId],
  });
  return { outcome: "published", practiceId, slug: existing.slug, version: row.version };
}

/** The query parameter of a page answering a save that cancelled a scheduled publication (SaveOutcome.unscheduled). */
export const UNSCHEDULED_PARAM = "programmazione-annullata";

/** Sets (or, with null, removes) the automatic publication of the pending draft at `expectedVersion`. */
export async function schedulePublication(
  tx: Tx,
  practiceId: number,
  expectedVersion: number,
  at: Date | null,
  actorId: number,
) {
  const updated = await tx.practice.updateMany({
    where: { id: practiceId, version: expectedVersion, draftVersion: expectedVersion },
    data: { publishAt: at },
  });
  if (updated.count === 0) return false;
  const sheet = await tx.practice.findUniqueOrThrow({ where: { id: practiceId }, select: { code: true, title: true } });
  await recordAudit(tx, {
    actorId,
    action: "practice.schedule",
    target: { type: "practice", id: practiceId, label: `${sheet.code} — ${sheet.title}` },
    changes: {
      note: at
        ? `Pubblicazione automatica delle modifiche (versione ${expectedVersion}) programmata: ${at.toISOString()}.`
        : `Pubblicazione automatica delle modifiche (versione ${expectedVersion}) annullata.`,
    },
    practiceIds: [practiceId],
  });
  return true;
}

/**
 * Publishes every draft whose time has come, one transaction each. Safe to run in every process
 * of every instance at once: rows another run holds are skipped (SKIP LOCKED), and publishDraft
 * re-checks the row under its lock, so each draft is published once.
 */
export async function publishDueDrafts(client: Db, now = new Date(), limit = 50) {
  const published: { practiceId: number; slug: string }[] = [];
  const due = await client.practice.findMany({
    where: { publishAt: { lte: now }, draftVersion: { not: null } },
    select: { id: true, draftVersion: true },
    orderBy: { publishAt: "asc" },
    take: limit,
  });
  for (const sheet of due) {
    const outcome = await client.$transaction(async (tx) => {
      const [locked] = await tx.$queryRaw<{ id: number }[]>`
        SELECT "id" FROM "Practice" WHERE "id" = ${sheet.id} AND "publishAt" <= ${now} FOR UPDATE SKIP LOCKED`;
      if (!locked) return null;
      return publishDraft(tx, sheet.id, null, sheet.draftVersion ?? undefined, "Pubblicazione programmata.");
    });
    if (outcome?.outcome === "published") published.push({ practiceId: outcome.practiceId, slug: outcome.slug });
  }
  return published;
}
