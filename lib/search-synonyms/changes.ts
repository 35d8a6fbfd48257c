import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import type { SynonymInput } from "@/lib/search-synonyms/actions.validation";

// Writes to the synonym list, each with its audit event in the same transaction. The callers
// (actions.ts) expire the list and the listings once committed.

type Tx = Prisma.TransactionClient;
type Row = { id: number; phrases: string[]; expansions: string[]; note: string };

const label = (row: { phrases: string[] }) => `Sinonimi: ${row.phrases.join(", ")}`;
const describe = (row: Row) => `${row.phrases.join(", ")} → ${row.expansions.join(", ")}`;

export async function addSynonym(tx: Tx, actorId: number | null, input: SynonymInput) {
  const row = await tx.searchSynonym.create({ data: input });
  await recordAudit(tx, {
    actorId,
    action: "synonym.create",
    target: { type: "synonym", id: row.id, label: label(row) },
    changes: { note: describe(row) },
  });
  return row;
}

export async function updateSynonym(tx: Tx, actorId: number | null, id: number, input: SynonymInput) {
  const before = await tx.searchSynonym.findUnique({ where: { id } });
  if (!before) return null;
  const row = await tx.searchSynonym.update({ where: { id }, data: input });
  const fields = [
    { field: "phrases", label: "Parole cercate", before: before.phrases.join(", "), after: row.phrases.join(", ") },
    {
      field: "expansions",
      label: "Si cerca anche",
      before: before.expansions.join(", "),
      after: row.expansions.join(", "),
    },
    { field: "note", label: "Nota", before: before.note || "—", after: row.note || "—" },
  ].filter((field) => field.before !== field.after);
  if (fields.length) {
    await recordAudit(tx, {
      actorId,
      action: "synonym.update",
      target: { type: "synonym", id: row.id, label: label(row) },
      changes: { fields },
    });
  }
  return row;
}

export async function deleteSynonym(tx: Tx, actorId: number | null, id: number) {
  const row = await tx.searchSynonym.findUnique({ where: { id } });
  if (!row) return null;
  await tx.searchSynonym.delete({ where: { id } });
  await recordAudit(tx, {
    actorId,
    action: "synonym.delete",
    target: { type: "synonym", id: row.id, label: label(row) },
    changes: { note: describe(row) },
  });
  return row;
}
