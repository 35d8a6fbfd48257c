import type { Prisma } from "@/lib/generated/prisma/client";
import type { Vocabulary } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record";
import { diffSnapshots } from "@/lib/practices/snapshot";
import { snapshotOfRevision } from "@/lib/practices/snapshot-json";

type Tx = Prisma.TransactionClient;

/**
 * Records a sheet save that wrote a version (created or updated), with the fields it changed:
 * read back from the revision just written and the one before it, in the same transaction.
 * A change of status is its own action, so the log can be filtered for publications.
 */
export async function auditPracticeSave(
  tx: Tx,
  actorId: number | null,
  saved: {
    outcome: "created" | "updated" | "unchanged" | "conflict";
    practiceId: number;
    version?: number;
    draft?: boolean;
  },
  options: { restoredVersion?: number } = {},
) {
  if ((saved.outcome !== "created" && saved.outcome !== "updated") || saved.version === undefined) return;
  const revisions = await tx.practiceRevision.findMany({
    where: { practiceId: saved.practiceId, version: { in: [saved.version, saved.version - 1] } },
    orderBy: { version: "desc" },
  });
  const [current, previous] = revisions.map(snapshotOfRevision);
  if (!current) return;
  const terms = await tx.term.findMany({ select: { vocabulary: true, slug: true, label: true } });
  const label = (vocabulary: Vocabulary, slug: string) =>
    terms.find((t) => t.vocabulary === vocabulary && t.slug === slug)?.label ?? slug;
  const fields = diffSnapshots(previous ?? null, current, label);
  const statusChanged = previous !== undefined && previous.status !== current.status;
  await recordAudit(tx, {
    actorId,
    action:
      saved.outcome === "created"
        ? "practice.create"
        : options.restoredVersion !== undefined
          ? "practice.restore"
          : saved.draft
            ? "practice.draft"
            : statusChanged
              ? "practice.status"
              : "practice.update",
    target: { type: "practice", id: saved.practiceId, label: `${current.code} — ${current.title}` },
    changes: {
      ...(saved.outcome === "updated" ? { fields } : { note: "Nuova scheda." }),
      ...(options.restoredVersion !== undefined && { note: `Ripristinata la versione ${options.restoredVersion}.` }),
      ...(saved.draft && {
        note: `${options.restoredVersion !== undefined ? `Ripristinata la versione ${options.restoredVersion} come bozza` : "Bozza"}: non ancora pubblicata.`,
      }),
    },
    practiceIds: [saved.practiceId],
  });
}
