import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { auditChangesJson } from "@/lib/audit/changes-json";
import type { Prisma } from "@/lib/generated/prisma/client";
import { Vocabulary } from "@/lib/generated/prisma/enums";
import {
  GONE,
  lockTerms,
  practiceIdsOf,
  refreshSearchExtra,
  requireDistinctLabel,
  TermRuleError,
} from "@/lib/vocabularies/term-changes";

// Undoing a vocabulary change from the audit log, in the caller's transaction: a merge gives the
// merged value back with its id, slug, label, position and exactly the sheets it had (and takes
// the surviving value off the sheets that only got it from the merge); a rename gives the old
// label and description back. The undo is itself recorded, and the event is marked as undone.

type Tx = Prisma.TransactionClient;

export const mergeUndoSchema = z.object({
  term: z.object({
    id: z.number().int(),
    vocabulary: z.enum(Vocabulary),
    slug: z.string(),
    label: z.string(),
    description: z.string().nullable(),
    position: z.number().int(),
  }),
  intoId: z.number().int(),
  practiceIds: z.array(z.number().int()),
  added: z.array(z.number().int()),
  aliasSlugs: z.array(z.string()),
});

export const renameUndoSchema = z.object({
  termId: z.number().int(),
  before: z.object({ label: z.string(), description: z.string().nullable() }),
});

const ALREADY = "Questa modifica è già stata annullata.";

export async function undoTermChange(tx: Tx, eventId: number, actorId: number) {
  const [locked] = await tx.$queryRaw<{ id: number }[]>`
    SELECT "id" FROM "AuditEvent" WHERE "id" = ${eventId} FOR UPDATE`;
  const event = locked ? await tx.auditEvent.findUnique({ where: { id: eventId } }) : null;
  if (!event) throw new TermRuleError("Evento del registro inesistente.");
  if (event.undoneAt) throw new TermRuleError(ALREADY);
  const undo = auditChangesJson.read(event.changes, `AuditEvent ${event.id}, changes`).undo;
  let result: { label: string; practiceIds: number[]; note: string };
  if (event.action === "term.merge") result = await undoMerge(tx, mergeUndoSchema.parse(undo));
  else if (event.action === "term.rename" || event.action === "term.update")
    result = await undoRename(tx, renameUndoSchema.parse(undo));
  else throw new TermRuleError("Questa modifica non si può annullare dal registro.");
  await tx.auditEvent.update({ where: { id: event.id }, data: { undoneAt: new Date() } });
  await recordAudit(tx, {
    actorId,
    action: "term.undo",
    target: { type: "term", id: event.targetId, label: result.label },
    changes: { note: result.note },
    practiceIds: result.practiceIds,
  });
  return result;
}

async function undoMerge(tx: Tx, undo: z.infer<typeof mergeUndoSchema>) {
  const { term } = undo;
  const [into] = await lockTerms(tx, [undo.intoId]);
  if (!into) throw new TermRuleError(GONE);
  const taken = await tx.term.findFirst({ where: { vocabulary: term.vocabulary, slug: term.slug } });
  if (taken)
    throw new TermRuleError(
      `L'indirizzo «${term.slug}» ora è della voce «${taken.label}»: l'unione non si può annullare.`,
    );
  await requireDistinctLabel(tx, term.vocabulary, term.label, "rinominala prima di annullare l'unione.");
  await tx.term.create({ data: term });
  const existing = (await tx.practice.findMany({ where: { id: { in: undo.practiceIds } }, select: { id: true } })).map(
    (practice) => practice.id,
  );
  await tx.practiceTerm.createMany({
    data: existing.map((practiceId) => ({ practiceId, termId: term.id })),
    skipDuplicates: true,
  });
  await tx.practiceTerm.deleteMany({ where: { termId: into.id, practiceId: { in: undo.added } } });
  await tx.termAlias.deleteMany({ where: { vocabulary: term.vocabulary, slug: term.slug } });
  await tx.termAlias.updateMany({
    where: { vocabulary: term.vocabulary, slug: { in: undo.aliasSlugs }, termId: into.id },
    data: { termId: term.id },
  });
  const touched = [...new Set([...existing, ...undo.added])];
  await refreshSearchExtra(tx, touched);
  return {
    label: term.label,
    practiceIds: touched,
    note: `«${term.label}» separata di nuovo da «${into.label}» (${existing.length} schede).`,
  };
}

async function undoRename(tx: Tx, undo: z.infer<typeof renameUndoSchema>) {
  const [term] = await lockTerms(tx, [undo.termId]);
  if (!term) throw new TermRuleError(GONE);
  await requireDistinctLabel(tx, term.vocabulary, undo.before.label, "rinominala prima di annullare.", term.id);
  await tx.term.update({ where: { id: term.id }, data: undo.before });
  const practiceIds = term.label !== undo.before.label ? await practiceIdsOf(tx, term.id) : [];
  await refreshSearchExtra(tx, practiceIds);
  return {
    label: undo.before.label,
    practiceIds,
    note: `«${term.label}» torna «${undo.before.label}».`,
  };
}
