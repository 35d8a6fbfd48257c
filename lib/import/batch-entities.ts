import { Prisma, type Region } from "@/lib/generated/prisma/client";
import type { EntityKind } from "@/lib/generated/prisma/enums";
import { entityNameKey, entitySlugRoot, newEntityData, slugCandidate } from "@/lib/practices/mutations";
import type { EntityDraft } from "@/lib/practices/practice-input";
import { itemAt } from "@/lib/item-at";

// The entities of a whole import, resolved as savePractice resolves them row after row: an
// existing entity by id; else the oldest with the same type + ISTAT code; else the oldest with
// the same type + region and the same name ignoring case and accents (ENTITY_NAME_KEY, literal:
// `%` and `_` are characters like any other) — with a code, only one that has none (the code is
// not applied to it, entity-notes.ts); else a new one — which the following rows find in turn.
// A few queries for the whole file instead of two to four per row.

type Tx = Prisma.TransactionClient;
type NewEntityDraft = Exclude<EntityDraft, { id: number }>;

/** What the snapshot, the search words and the slug of a sheet need of its entity. */
export type BatchEntity = {
  id: number;
  name: string;
  kind: EntityKind;
  istatCode: string | null;
  province: string | null;
  region: Pick<Region, "slug" | "name">;
};

/** An entity the import creates; `id` is a placeholder (negative) until it is written. */
export type NewEntity = BatchEntity & { data: ReturnType<typeof newEntityData>; lowered: string };

export type ResolvedEntities = { perRow: BatchEntity[]; created: NewEntity[] };

const CHUNK = 2_000;

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function resolveEntities(tx: Tx, drafts: EntityDraft[], regions: Region[]): Promise<ResolvedEntities> {
  const regionById = new Map(regions.map((region) => [region.id, region]));

  // By id: only a stored job's payload carries one (the edit form's path); refused if missing.
  const ids = [...new Set(drafts.flatMap((d) => ("id" in d ? [d.id] : [])))];
  const byId = new Map<number, BatchEntity>();
  for (const part of chunks(ids)) {
    for (const entity of await tx.entity.findMany({ where: { id: { in: part } }, include: { region: true } }))
      byId.set(entity.id, entity);
  }

  const fresh = drafts.filter((d): d is NewEntityDraft => !("id" in d));
  const istatKeys = [...new Set(fresh.filter((d) => d.istatCode).map((d) => `${d.kind}|${d.istatCode}`))];
  const nameKeys = [...new Map(fresh.filter((d) => !d.istatCode).map((d) => [nameKey(d), d])).values()];
  const names = [...new Set(fresh.map((d) => d.name))];

  const existingIds = new Set<number>();
  const byIstat = new Map<string, number>();
  for (const part of chunks(istatKeys)) {
    const json = JSON.stringify(part.map((key) => ({ key, kind: key.split("|")[0], istat: key.split("|")[1] })));
    const found = await tx.$queryRaw<{ key: string; id: number }[]>`
      SELECT DISTINCT ON (k.key) k.key, e."id"
      FROM json_to_recordset(${json}::json) AS k(key text, kind text, istat text)
      JOIN "Entity" e ON e."kind" = k.kind::"EntityKind" AND e."istatCode" = k.istat
      ORDER BY k.key, e."id"`;
    for (const { key, id } of found) {
      byIstat.set(key, id);
      existingIds.add(id);
    }
  }

  // With a code no entity has: the entity of that name without a code, if there is one.
  const codelessKeys = [
    ...new Map(
      fresh.filter((d) => d.istatCode && !byIstat.has(`${d.kind}|${d.istatCode}`)).map((d) => [nameKey(d), d]),
    ).values(),
  ];
  const byCodelessName = await idsByName(tx, codelessKeys, true);
  for (const id of byCodelessName.values()) existingIds.add(id);

  // Names compared by their key as Postgres computes it, here and for the entities this file
  // creates: equality of keys (a hash join), never a pattern.
  const lowered = new Map<string, string>();
  for (const part of chunks(names)) {
    const json = JSON.stringify(part.map((name) => ({ name })));
    for (const row of await tx.$queryRaw<{ name: string; lowered: string }[]>`
      SELECT k.name, ${entityNameKey(Prisma.sql`k.name`)} AS lowered FROM json_to_recordset(${json}::json) AS k(name text)`) {
      lowered.set(row.name, row.lowered);
    }
  }
  const byName = await idsByName(tx, nameKeys, false);
  for (const id of byName.values()) existingIds.add(id);
  const existing = new Map<number, BatchEntity>();
  for (const part of chunks([...existingIds])) {
    for (const entity of await tx.entity.findMany({ where: { id: { in: part } }, include: { region: true } }))
      existing.set(entity.id, entity);
  }

  const created: NewEntity[] = [];
  const createdByIstat = new Map<string, NewEntity>();
  const createdByName = new Map<string, NewEntity>();
  const findCreated = (draft: NewEntityDraft) => {
    if (draft.istatCode) return createdByIstat.get(`${draft.kind}|${draft.istatCode}`);
    return createdByName.get(`${draft.kind}|${draft.regionId}|${lowered.get(draft.name)!}`);
  };

  const perRow = drafts.map((draft): BatchEntity => {
    if ("id" in draft) {
      const entity = byId.get(draft.id);
      if (!entity) throw new Error(`Ente ${draft.id} inesistente.`);
      return entity;
    }
    const foundId = draft.istatCode
      ? (byIstat.get(`${draft.kind}|${draft.istatCode}`) ?? byCodelessName.get(nameKey(draft)))
      : byName.get(nameKey(draft));
    if (foundId !== undefined) return existing.get(foundId)!;
    const found = findCreated(draft);
    if (found) return found;
    const data = newEntityData(draft, "");
    const entity: NewEntity = {
      id: -(created.length + 1),
      name: data.name,
      kind: data.kind,
      istatCode: data.istatCode,
      province: data.province,
      region: regionById.get(data.regionId)!,
      data,
      lowered: lowered.get(draft.name)!,
    };
    created.push(entity);
    const byKey = `${entity.kind}|${data.regionId}|${entity.lowered}`;
    if (!createdByName.has(byKey)) createdByName.set(byKey, entity);
    if (entity.istatCode && !createdByIstat.has(`${entity.kind}|${entity.istatCode}`))
      createdByIstat.set(`${entity.kind}|${entity.istatCode}`, entity);
    return entity;
  });
  return { perRow, created };
}

const nameKey = (draft: NewEntityDraft) => `${draft.kind}|${draft.regionId}|${draft.name}`;

/** The oldest entity of each draft's type, region and name (by nameKey); `codeless`: only among those without a code. */
async function idsByName(tx: Tx, drafts: NewEntityDraft[], codeless: boolean) {
  const ids = new Map<string, number>();
  for (const part of chunks(drafts)) {
    const json = JSON.stringify(part.map((d) => ({ key: nameKey(d), kind: d.kind, region: d.regionId, name: d.name })));
    const found = await tx.$queryRaw<{ key: string; id: number }[]>`
      SELECT k.key, min(e."id") AS id
      FROM json_to_recordset(${json}::json) AS k(key text, kind text, region int, name text)
      JOIN "Entity" e ON e."kind" = k.kind::"EntityKind" AND e."regionId" = k.region
        AND ${entityNameKey(Prisma.sql`e."name"`)} = ${entityNameKey(Prisma.sql`k.name`)}
        AND (${!codeless} OR e."istatCode" IS NULL)
      GROUP BY k.key`;
    for (const { key, id } of found) ids.set(key, id);
  }
  return ids;
}

/** Writes the new entities in the order the rows created them, and gives them their ids. */
export async function insertEntities(tx: Tx, created: NewEntity[], now: string) {
  if (!created.length) return;
  const slugs = await uniqueSlugs(
    created.map((entity) => entitySlugRoot(entity.data)),
    (candidates) => takenSlugs(tx, "Entity", candidates),
  );
  created.forEach((entity, i) => (entity.data.slug = itemAt(slugs, i)));
  for (const part of chunks(created, 1_000)) {
    const json = JSON.stringify(part.map((entity, ord) => ({ ord, ...entity.data })));
    const inserted = await tx.$queryRaw<{ id: number; slug: string }[]>`
      INSERT INTO "Entity" ("slug", "name", "kind", "istatCode", "regionId", "province", "population", "populationBand", "isSample", "createdAt", "updatedAt")
      SELECT v.slug, v.name, v.kind::"EntityKind", v."istatCode", v."regionId", v.province, v.population, v."populationBand"::"PopulationBand", false, ${now}::timestamp(3), ${now}::timestamp(3)
      FROM json_to_recordset(${json}::json) AS v(ord int, slug text, name text, kind text, "istatCode" text, "regionId" int, province text, population int, "populationBand" text)
      ORDER BY v.ord
      RETURNING "id", "slug"`;
    const idBySlug = new Map(inserted.map((row) => [row.slug, row.id]));
    for (const entity of part) entity.id = idBySlug.get(entity.data.slug)!;
  }
}

/** Which of these slugs a table already holds. */
export async function takenSlugs(tx: Tx, table: "Entity" | "Practice", candidates: string[]) {
  const taken = new Set<string>();
  for (const part of chunks(candidates, 10_000)) {
    const rows =
      table === "Entity"
        ? await tx.$queryRaw<{ slug: string }[]>`SELECT "slug" FROM "Entity" WHERE "slug" = ANY(${part}::text[])`
        : await tx.$queryRaw<{ slug: string }[]>`SELECT "slug" FROM "Practice" WHERE "slug" = ANY(${part}::text[])`;
    for (const { slug } of rows) taken.add(slug);
  }
  return taken;
}

/**
 * For each root in order, the first of `root`, `root-2`, `root-3`… neither stored nor given to an
 * earlier root: what savePractice's one-at-a-time loop gives, checked a window at a time.
 */
export async function uniqueSlugs(roots: string[], taken: (candidates: string[]) => Promise<Set<string>>) {
  const window = new Map<string, number>();
  for (const root of roots) window.set(root, (window.get(root) ?? 2) + 1);
  const candidates = [...window].flatMap(([root, size]) =>
    Array.from({ length: size }, (_, i) => slugCandidate(root, i + 1)),
  );
  const unavailable = await taken(candidates);
  const next = new Map<string, number>();
  const out: string[] = [];
  for (const root of roots) {
    for (let n = next.get(root) ?? 1; ; n++) {
      if (n > window.get(root)!) {
        const more = Array.from({ length: 50 }, (_, i) => slugCandidate(root, n + i));
        for (const slug of await taken(more)) unavailable.add(slug);
        window.set(root, n + 49);
      }
      const candidate = slugCandidate(root, n);
      if (!unavailable.has(candidate)) {
        unavailable.add(candidate);
        out.push(candidate);
        next.set(root, n + 1);
        break;
      }
    }
  }
  return out;
}
