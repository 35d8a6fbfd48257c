import "server-only";
import { romeDayEnd, romeDayStart } from "@/lib/audit/day-bounds";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  defaultDirection,
  STATUS_PARAMS,
  type AdminListFilters,
  type AdminSort,
  type Origin,
} from "@/lib/practices/admin-list-params";
import { textMatch } from "@/lib/practices/search-sql";
import { loadSynonymLookup } from "@/lib/search-synonyms/lookup";

// The admin sheet list: every status, samples included, never cached. Search is the public
// site's own text condition (search-sql.ts textMatch: accents and word order ignored) or a part
// of the code; filters and sort are plain SQL over Practice, its entity and region.

export const ADMIN_PAGE_SIZE = 50;

/** Where a sheet came from: the source of its first revision (illustrative sheets are seeded). */
const ORIGIN_SQL = Prisma.sql`(CASE WHEN p."isSample" THEN 'illustrativa'
  ELSE (SELECT CASE v."source" WHEN 'IMPORT' THEN 'importata' ELSE 'modulo' END
        FROM "PracticeRevision" v WHERE v."practiceId" = p."id" ORDER BY v."version" LIMIT 1) END)`;

const SORT_SQL: Record<AdminSort, Prisma.Sql> = {
  codice: Prisma.sql`p."code"`,
  titolo: Prisma.sql`lower(unaccent(p."title"))`,
  ente: Prisma.sql`lower(unaccent(e."name"))`,
  regione: Prisma.sql`r."name"`,
  stato: Prisma.sql`p."status"`,
  origine: ORIGIN_SQL,
  aggiornata: Prisma.sql`p."updatedAt"`,
};

function conditions(filters: AdminListFilters) {
  const where: Prisma.Sql[] = [];
  if (filters.q) where.push(Prisma.sql`(${textMatch(filters.q)} OR strpos(lower(p."code"), lower(${filters.q})) > 0)`);
  if (filters.stato) where.push(Prisma.sql`p."status" = ${STATUS_PARAMS[filters.stato]}::"PracticeStatus"`);
  const origin: Origin | undefined = filters.origine ?? (filters.esempi === "si" ? "illustrativa" : undefined);
  if (origin) where.push(Prisma.sql`${ORIGIN_SQL} = ${origin}`);
  if (filters.esempi === "no") where.push(Prisma.sql`NOT p."isSample"`);
  if (filters.regione) where.push(Prisma.sql`r."slug" = ${filters.regione}`);
  if (filters.autore)
    where.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "PracticeRevision" v WHERE v."practiceId" = p."id" AND v."userId" = ${filters.autore})`,
    );
  if (filters.dal) where.push(Prisma.sql`p."updatedAt" >= ${romeDayStart(filters.dal)}`);
  if (filters.al) where.push(Prisma.sql`p."updatedAt" < ${romeDayEnd(filters.al)}`);
  return where.length ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty;
}

const FROM = Prisma.sql`FROM "Practice" p JOIN "Entity" e ON e."id" = p."entityId" JOIN "Region" r ON r."id" = e."regionId"`;

export async function listPracticesForAdmin(filters: AdminListFilters) {
  if (filters.q) await loadSynonymLookup();
  const where = conditions(filters);
  const direction = Prisma.raw((filters.verso ?? defaultDirection(filters.ordina)) === "asc" ? "ASC" : "DESC");
  const [[counted], ids] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS "total" ${FROM} ${where}`,
    db.$queryRaw<{ id: number }[]>`
      SELECT p."id" ${FROM} ${where}
      ORDER BY ${SORT_SQL[filters.ordina]} ${direction} NULLS LAST, p."id" ${direction}
      LIMIT ${ADMIN_PAGE_SIZE} OFFSET ${(filters.pagina - 1) * ADMIN_PAGE_SIZE}`,
  ]);
  const rows = await db.practice.findMany({
    where: { id: { in: ids.map((row) => row.id) } },
    select: {
      id: true,
      code: true,
      slug: true,
      title: true,
      status: true,
      isSample: true,
      version: true,
      draftVersion: true,
      publishAt: true,
      updatedAt: true,
      entity: { select: { name: true, region: { select: { name: true } } } },
      revisions: { select: { source: true }, orderBy: { version: "asc" }, take: 1 },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = ids.flatMap(({ id }) => {
    const row = byId.get(id);
    if (!row) return [];
    const { revisions, ...practice } = row;
    const origin: Origin = row.isSample ? "illustrativa" : revisions[0]?.source === "IMPORT" ? "importata" : "modulo";
    return [{ ...practice, origin }];
  });
  const total = counted?.total ?? 0;
  return { total, items, pageCount: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)) };
}

/** Regions and people for the list's filters. */
export async function adminListOptions() {
  const [regions, authors] = await Promise.all([
    db.region.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    db.user.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { regions, authors };
}

/** The selected sheets, for the confirmation page of a bulk action (at most BULK_LIMIT). */
export async function practicesByIds(ids: number[]) {
  return db.practice.findMany({
    where: { id: { in: ids } },
    select: { id: true, code: true, title: true, status: true, version: true, draftVersion: true },
    orderBy: { code: "asc" },
  });
}
