import { db } from "@/lib/db";
import { publicPracticeSelect } from "@/lib/practices/public-fields";

// Catalogue-wide figures for the home page, region pages and the facet option lists.

export async function listRegions() {
  return db.region.findMany({ orderBy: { id: "asc" } });
}

export async function getRegionBySlug(slug: string) {
  return db.region.findUnique({ where: { slug } });
}

export async function listTerms() {
  return db.term.findMany({ orderBy: [{ vocabulary: "asc" }, { position: "asc" }, { label: "asc" }] });
}

export async function countPublishedByRegion() {
  const rows = await db.$queryRaw<{ slug: string; count: number }[]>`
    SELECT r."slug", count(p."id")::int AS "count"
    FROM "Region" r
    LEFT JOIN "Entity" e ON e."regionId" = r."id"
    LEFT JOIN "Practice" p ON p."entityId" = e."id" AND p."status" = 'PUBLISHED'
    GROUP BY r."slug"`;
  return Object.fromEntries(rows.map((row) => [row.slug, row.count]));
}

/** Regions that have published sheets, all of them illustrative. */
export async function listSampleOnlyRegionSlugs() {
  const rows = await db.$queryRaw<{ slug: string }[]>`
    SELECT r."slug"
    FROM "Region" r
    JOIN "Entity" e ON e."regionId" = r."id"
    JOIN "Practice" p ON p."entityId" = e."id" AND p."status" = 'PUBLISHED'
    GROUP BY r."slug"
    HAVING bool_and(p."isSample")`;
  return rows.map((row) => row.slug);
}

export async function countPublishedByArea() {
  const rows = await db.$queryRaw<{ slug: string; count: number }[]>`
    SELECT t."slug", count(p."id")::int AS "count"
    FROM "Term" t
    LEFT JOIN "PracticeTerm" pt ON pt."termId" = t."id"
    LEFT JOIN "Practice" p ON p."id" = pt."practiceId" AND p."status" = 'PUBLISHED'
    WHERE t."vocabulary" = 'AREA'
    GROUP BY t."slug"`;
  return Object.fromEntries(rows.map((row) => [row.slug, row.count]));
}

/** How many entities (comuni, ambiti…) have at least one published sheet. */
export async function countPublishingEntities() {
  return db.entity.count({ where: { practices: { some: { status: "PUBLISHED" } } } });
}

export async function getPublishedTotals() {
  const [total, samples] = await Promise.all([
    db.practice.count({ where: { status: "PUBLISHED" } }),
    db.practice.count({ where: { status: "PUBLISHED", isSample: true } }),
  ]);
  return { total, samples };
}

/** The last published sheets updated; with `realOnly`, illustrative ones left out. */
export async function listRecentlyUpdated(limit = 6, { realOnly = false } = {}) {
  return db.practice.findMany({
    where: { status: "PUBLISHED", ...(realOnly ? { isSample: false } : {}) },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: publicPracticeSelect,
  });
}
