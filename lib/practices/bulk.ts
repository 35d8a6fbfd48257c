import { recordAudit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/generated/prisma/client";
import { BULK_ACTIONS } from "@/lib/practices/bulk.validation";
import { draftFromSnapshot, practiceRelations, savePractice } from "@/lib/practices/mutations";
import { publishDraft } from "@/lib/practices/publish";
import { snapshotOf } from "@/lib/practices/snapshot";

type Tx = Prisma.TransactionClient;

/** A sheet changed by someone else while the bulk action ran: nothing is written. */
export class BulkConflictError extends Error {}

/**
 * Publishes or archives the given sheets in one transaction: each one a new version with its
 * revision (as a save of the form would), sheets already in that status left alone (but for a
 * published sheet's pending draft, which "Pubblica" publishes), and one audit event listing the
 * sheets changed. Archiving writes the published content: a pending draft is set aside (it stays
 * in the history).
 */
export async function setStatusInBulk(
  tx: Tx,
  ids: number[],
  action: "pubblica" | "archivia",
  actorId: number,
  /** Each sheet's version as the confirmation page showed it; a sheet saved since is a conflict. */
  seenVersions?: ReadonlyMap<number, number>,
) {
  const status = BULK_ACTIONS[action].status;
  const sheets = await tx.practice.findMany({ where: { id: { in: ids } }, include: practiceRelations });
  const changed: { id: number; slug: string }[] = [];
  const terms = await tx.term.findMany();
  const conflict = (code: string) =>
    new BulkConflictError(
      `La scheda ${code} è stata modificata da un'altra persona nel frattempo: nessuna scheda è stata cambiata. Ricarica la pagina per vedere le schede come sono ora, poi conferma di nuovo.`,
    );
  for (const sheet of sheets) {
    const seen = seenVersions?.get(sheet.id) ?? sheet.version;
    if (seen !== sheet.version) throw conflict(sheet.code);
    // "Pubblica" also publishes the unpublished changes of a published sheet.
    if (status === "PUBLISHED" && sheet.status === "PUBLISHED" && sheet.draftVersion !== null) {
      const published = await publishDraft(tx, sheet.id, actorId, seen, "Pubblicazione in blocco.");
      if (published.outcome !== "published") throw conflict(sheet.code);
      changed.push({ id: sheet.id, slug: sheet.slug });
      continue;
    }
    if (sheet.status === status) continue;
    const draft = { ...draftFromSnapshot(snapshotOf(sheet)), status };
    const saved = await savePractice(tx, draft, { userId: actorId, source: "FORM" }, seen, terms);
    if (saved.outcome === "conflict") throw conflict(sheet.code);
    changed.push({ id: sheet.id, slug: sheet.slug });
  }
  if (changed.length > 0) {
    await recordAudit(tx, {
      actorId,
      action: "practice.bulk-status",
      target: { type: "practice", label: `${changed.length} schede ${BULK_ACTIONS[action].done}` },
      changes: {
        counts: { [BULK_ACTIONS[action].done]: changed.length, invariate: sheets.length - changed.length },
        note: `Stato: ${action === "pubblica" ? "pubblicata" : "archiviata"}.`,
      },
      practiceIds: changed.map((sheet) => sheet.id),
    });
  }
  return { changed, unchanged: sheets.length - changed.length };
}
