import { db } from "@/lib/db";
import { snapshotOfRevision } from "@/lib/practices/snapshot-json";
import { practiceRelations } from "@/lib/practices/mutations";

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
