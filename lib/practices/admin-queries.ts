import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { snapshotOfRevision } from "@/lib/practices/snapshot-json";
import { practiceRelations } from "@/lib/practices/mutations";

// Reads for the admin area: every status, samples included, never cached.

export const ADMIN_PAGE_SIZE = 50;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const adminListSchema = z.object({
  q: z.preprocess(first, z.string().trim().max(200).catch("")).default(""),
  stato: z.preprocess(first, z.enum(["bozza", "pubblicata", "archiviata"]).optional().catch(undefined)),
  esempi: z.preprocess(first, z.enum(["si", "no"]).optional().catch(undefined)),
  pagina: z.preprocess(first, z.coerce.number().int().min(1).max(10_000).catch(1)).default(1),
});

export type AdminListFilters = z.infer<typeof adminListSchema>;

const STATUS = { bozza: "DRAFT", pubblicata: "PUBLISHED", archiviata: "ARCHIVED" } as const;

export async function listPracticesForAdmin(filters: AdminListFilters) {
  const where: Prisma.PracticeWhereInput = {
    ...(filters.stato ? { status: STATUS[filters.stato] } : {}),
    ...(filters.esempi ? { isSample: filters.esempi === "si" } : {}),
    ...(filters.q
      ? {
          OR: [
            { title: { contains: filters.q, mode: "insensitive" } },
            { code: { contains: filters.q, mode: "insensitive" } },
            { entity: { name: { contains: filters.q, mode: "insensitive" } } },
          ],
        }
      : {}),
  };
  const [total, items] = await Promise.all([
    db.practice.count({ where }),
    db.practice.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (filters.pagina - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        code: true,
        slug: true,
        title: true,
        status: true,
        isSample: true,
        version: true,
        updatedAt: true,
        entity: { select: { name: true, region: { select: { name: true } } } },
      },
    }),
  ]);
  return { total, items, pageCount: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)) };
}

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
