import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction, AuditTargetType } from "@/lib/audit/catalogue";
import { auditChangesJson, boundedChanges, type AuditChanges } from "@/lib/audit/changes-json";

// The one way a write is recorded: inside the transaction of the write itself, so a write that
// fails or rolls back leaves no event, and an event never exists without its write.

type Tx = Prisma.TransactionClient;

export type AuditEntry = {
  /** The signed-in person; null for the command line. */
  actorId: number | null;
  action: AuditAction;
  target: { type: AuditTargetType; id?: string | number | null; label: string };
  changes?: AuditChanges;
  /** Sheets the write touched (a vocabulary change is shown in each one's history). */
  practiceIds?: number[];
};

export async function recordAudit(tx: Tx, entry: AuditEntry) {
  return tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.target.type,
      targetId: entry.target.id === undefined || entry.target.id === null ? null : String(entry.target.id),
      targetLabel: entry.target.label.slice(0, 300),
      changes: auditChangesJson.write(boundedChanges(entry.changes ?? {})) as Prisma.InputJsonValue,
      practiceIds: [...new Set(entry.practiceIds ?? [])],
    },
    select: { id: true },
  });
}
