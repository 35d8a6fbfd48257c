import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditChangesJson } from "@/lib/audit/changes-json";
import { romeDayEnd, romeDayStart } from "@/lib/audit/day-bounds";
import type { AuditFilters } from "@/lib/audit/filters";

// Reads of the audit log, for /admin/registro and the sheets' history. Never cached.

export const AUDIT_PAGE_SIZE = 50;

function whereOf(filters: AuditFilters): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (filters.attore) and.push({ actorId: filters.attore });
  if (filters.azione) and.push({ action: filters.azione });
  if (filters.oggetto) {
    const id = filters.id;
    // A sheet's events include vocabulary changes and imports that touched it.
    if (filters.oggetto === "practice" && id)
      and.push({ OR: [{ targetType: "practice", targetId: id }, { practiceIds: { has: Number(id) } }] });
    else and.push({ targetType: filters.oggetto, ...(id && { targetId: id }) });
  }
  if (filters.dal) and.push({ createdAt: { gte: romeDayStart(filters.dal) } });
  if (filters.al) and.push({ createdAt: { lt: romeDayEnd(filters.al) } });
  return and.length ? { AND: and } : {};
}

const readEvent = <T extends { id: number; changes: unknown }>(event: T) => ({
  ...event,
  changes: auditChangesJson.read(event.changes, `AuditEvent ${event.id}, changes`),
});

export async function listAuditEvents(filters: AuditFilters) {
  const where = whereOf(filters);
  const [total, rows] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filters.pagina - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { actor: { select: { id: true, name: true } } },
    }),
  ]);
  return { total, items: rows.map(readEvent), pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

/** Everyone who can appear as an actor, for the filter. */
export function listAuditActors() {
  return db.user.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/** Vocabulary changes that touched a sheet: shown in its history between its own versions. */
export async function vocabularyEventsOf(practiceId: number) {
  const rows = await db.auditEvent.findMany({
    where: { targetType: "term", practiceIds: { has: practiceId } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    include: { actor: { select: { name: true } } },
  });
  return rows.map(readEvent);
}
