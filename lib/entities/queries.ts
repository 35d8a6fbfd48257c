import { db } from "@/lib/db";
import { publicEntitySelect, publicPracticeSelect } from "@/lib/practices/public-fields";
import type { PracticeCard } from "@/lib/practices/queries";

// Entities (comuni, ambiti, unioni) as public pages: only those with at least one published sheet.

const published = { status: "PUBLISHED" } as const;

export async function getEntityWithPractices(slug: string) {
  const entity = await db.entity.findFirst({
    where: { slug, practices: { some: published } },
    select: {
      ...publicEntitySelect,
      practices: { where: published, orderBy: [{ title: "asc" }, { id: "asc" }], select: publicPracticeSelect },
    },
  });
  if (!entity) return null;
  const practices: PracticeCard[] = entity.practices.map((practice) => ({ ...practice, snippet: null }));
  return { ...entity, practices };
}

export type EntityWithPractices = NonNullable<Awaited<ReturnType<typeof getEntityWithPractices>>>;

/**
 * Every entity with published sheets, with how many, by region then name, and whether any of them
 * is real (an imported sheet may share its entity with illustrative ones).
 */
export async function listEntitiesWithPractices() {
  const [entities, withReal] = await Promise.all([
    listEntitiesWithCounts(),
    db.practice.groupBy({ by: ["entityId"], where: { ...published, isSample: false } }),
  ]);
  const real = new Set(withReal.map((row) => row.entityId));
  return entities.map(({ _count, id, ...entity }) => ({
    ...entity,
    practiceCount: _count.practices,
    hasRealSheets: real.has(id),
  }));
}

function listEntitiesWithCounts() {
  return db.entity.findMany({
    where: { practices: { some: published } },
    orderBy: [{ regionId: "asc" }, { name: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      isSample: true,
      regionId: true,
      _count: { select: { practices: { where: published } } },
    },
  });
}
