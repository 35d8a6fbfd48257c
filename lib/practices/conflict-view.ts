import { db } from "@/lib/db";
import type { ConflictView } from "@/lib/practices/actions.validation";
import type { ConflictField, MergeField } from "@/lib/practices/merge";
import { FIELD_INPUT, mergeFieldLabel, readableValue } from "@/lib/practices/merge-display";
import type { PracticeDraft } from "@/lib/practices/practice-input";
import { draftFromSnapshot } from "@/lib/practices/mutations";
import { snapshotOfRevision } from "@/lib/practices/snapshot-json";

/** The version a conflict is resolved against, as a draft, with who saved it and when. */
export async function revisionForChoices(practiceId: number, version: number) {
  const revision = await db.practiceRevision.findUnique({
    where: { practiceId_version: { practiceId, version } },
    include: { user: { select: { name: true } } },
  });
  if (!revision) return null;
  return {
    draft: draftFromSnapshot(snapshotOfRevision(revision)),
    by: revision.user?.name ?? null,
    at: revision.createdAt.toISOString(),
  };
}

/** What the conflict panel shows: each field both people changed, my value beside theirs. */
export async function conflictView(
  practiceId: number,
  theirsVersion: number,
  theirs: PracticeDraft,
  mine: PracticeDraft,
  conflicts: ConflictField[],
  fromTheirs: MergeField[],
): Promise<ConflictView> {
  const entityIds = [mine.entity, theirs.entity].flatMap((e) => ("id" in e ? [e.id] : []));
  const [revision, entities, regions] = await Promise.all([
    revisionForChoices(practiceId, theirsVersion),
    db.entity.findMany({ where: { id: { in: entityIds } }, select: { id: true, name: true } }),
    db.region.findMany({ select: { id: true, name: true } }),
  ]);
  const entityName = (id: number) => entities.find((e) => e.id === id)?.name ?? `ente ${id}`;
  const regionName = (id: number) => regions.find((r) => r.id === id)?.name ?? "";
  return {
    currentVersion: theirsVersion,
    by: revision?.by ?? null,
    at: revision?.at ?? new Date().toISOString(),
    fields: conflicts.map((field) => ({
      field,
      input: FIELD_INPUT[field],
      label: mergeFieldLabel(field),
      mine: readableValue(field, mine, entityName, regionName),
      theirs: readableValue(field, theirs, entityName, regionName),
    })),
    merged: fromTheirs.filter((field) => !conflicts.includes(field as ConflictField)).map(mergeFieldLabel),
  };
}
