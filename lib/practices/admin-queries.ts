import { db } from "@/lib/db";
import { snapshotOfRevision } from "@/lib/practices/snapshot-json";
import { headSnapshot, practiceRelations } from "@/lib/practices/mutations";

// Reads for the admin area: every status, samples included, never cached.

export async function getPracticeForEdit(id: number) {
  return db.practice.findUnique({ where: { id }, include: practiceRelations });
}

/** A sheet's revisions, newest first, each snapshot checked against its stored format. */
export async function listRevisions(practiceId: number) {
  const revisions = await db.practiceRevision.findMany({
    where: { practiceId },
    orderBy: { version: "desc" },
    include: { user: { select: { name: true, email: true } }, importJob: { select: { id: true, fileName: true } } },
  });
  return revisions.map((revision) => ({ ...revision, snapshot: snapshotOfRevision(revision) }));
}

export async function countSamples() {
  return db.practice.count({ where: { isSample: true } });
}

/**
 * What the edit form starts from: the pending draft of a published sheet when it has one (with
 * who saved it and when), else the sheet itself.
 */
export async function getEditingHead(practice: NonNullable<Awaited<ReturnType<typeof getPracticeForEdit>>>) {
  const snapshot = await headSnapshot(db, practice);
  if (practice.draftVersion === null) return { snapshot, draft: null, setAside: await setAsideBy(practice) };
  const revision = await db.practiceRevision.findUnique({
    where: { practiceId_version: { practiceId: practice.id, version: practice.draftVersion } },
    select: { createdAt: true, user: { select: { name: true } } },
  });
  return {
    snapshot,
    draft: {
      version: practice.draftVersion,
      savedAt: revision?.createdAt ?? null,
      by: revision?.user?.name ?? null,
      publishAt: practice.publishAt,
    },
    setAside: null,
  };
}

/** The pending draft the sheet's latest write set aside (an import, bulk Archivia), for its editors to know. */
async function setAsideBy(practice: { id: number; version: number }) {
  const latest = await db.practiceRevision.findUnique({
    where: { practiceId_version: { practiceId: practice.id, version: practice.version } },
    select: { setAsideVersion: true, source: true, createdAt: true },
  });
  if (latest?.setAsideVersion == null) return null;
  const draft = await db.practiceRevision.findUnique({
    where: { practiceId_version: { practiceId: practice.id, version: latest.setAsideVersion } },
    select: { createdAt: true, user: { select: { name: true } } },
  });
  return {
    version: latest.setAsideVersion,
    by: draft?.user?.name ?? null,
    savedAt: draft?.createdAt ?? null,
    setAsideAt: latest.createdAt,
    byImport: latest.source === "IMPORT",
  };
}
