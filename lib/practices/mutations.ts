import { comuniByIstatCode } from "@/lib/comuni";
import { Prisma, type Term } from "@/lib/generated/prisma/client";
import { loadAliases } from "@/lib/vocabularies/aliases";
import { currentTermSlugs, withMergedTerms } from "@/lib/vocabularies/merged-terms";
import type { RevisionSource } from "@/lib/generated/prisma/enums";
import { populationBandOf } from "@/lib/practices/enum-labels";
import type { EntityDraft, PracticeDraft } from "@/lib/practices/practice-input";
import { buildSearchExtra } from "@/lib/practices/search-document";
import { sameSnapshot, snapshotOf, type PracticeSnapshot } from "@/lib/practices/snapshot";
import { revisionSnapshot, snapshotOfRevision } from "@/lib/practices/snapshot-json";
import { slugify } from "@/lib/text";

// Writing a sheet, the one way every path uses (edit form, restore): entity resolved or
// created, terms replaced, version bumped with an optimistic check, and a revision recorded.
// Runs inside the caller's transaction. Imports write many sheets at once with the same
// helpers (exported below) in lib/import/apply-batch.ts: a change here belongs there too.

type Tx = Prisma.TransactionClient;

export type SaveActor = {
  userId: number | null;
  source: RevisionSource;
  importJobId?: number | null;
  /** A save of a published sheet becomes a draft revision, not live (lib/practices/publish.ts). */
  asDraft?: boolean;
};

export type SaveOutcome =
  | {
      outcome: "created" | "updated" | "unchanged";
      practiceId: number;
      slug: string;
      previousSlug: string | null;
      version: number;
      /** Saved as a draft of a published sheet: the public pages did not change. */
      draft?: boolean;
      /** The earlier draft's scheduled publication was cancelled: it was not this draft that was scheduled. */
      unscheduled?: boolean;
    }
  | { outcome: "conflict"; practiceId: number; current: PracticeSnapshot; currentVersion: number };

export const practiceRelations = {
  entity: { include: { region: true } },
  terms: { include: { term: true } },
} satisfies Prisma.PracticeInclude;

export async function resolveEntity(tx: Tx, draft: EntityDraft) {
  if ("id" in draft) {
    const entity = await tx.entity.findUnique({ where: { id: draft.id }, include: { region: true } });
    if (!entity) throw new Error(`Ente ${draft.id} inesistente.`);
    return entity;
  }
  // With a code no entity has, the entity of that name without a code (batch-entities.ts).
  const existing = draft.istatCode
    ? ((await tx.entity.findFirst({
        where: { kind: draft.kind, istatCode: draft.istatCode },
        include: { region: true },
        orderBy: { id: "asc" },
      })) ?? (await entityByName(tx, draft, true)))
    : await entityByName(tx, draft, false);
  if (existing) return existing;
  return tx.entity.create({
    data: newEntityData(draft, await uniqueEntitySlug(tx, entitySlugRoot(draft))),
    include: { region: true },
  });
}

type NewEntityDraft = Exclude<EntityDraft, { id: number }>;

/**
 * What two entity names must share to be the same entity: the name ignoring case and accents,
 * compared literally. (Prisma's case-insensitive `equals` is an ILIKE, where `%` and `_` in a
 * name are wildcards: a sheet of an entity named `%` joined some unrelated comune.)
 */
export const entityNameKey = (name: Prisma.Sql) => Prisma.sql`lower(unaccent(${name}))`;

async function entityByName(tx: Tx, draft: NewEntityDraft, codeless: boolean) {
  const [match] = await tx.$queryRaw<{ id: number }[]>`
    SELECT "id" FROM "Entity"
    WHERE "kind" = ${draft.kind}::"EntityKind" AND "regionId" = ${draft.regionId}
      AND ${entityNameKey(Prisma.sql`"name"`)} = ${entityNameKey(Prisma.sql`${draft.name}`)}
      AND (${!codeless} OR "istatCode" IS NULL)
    ORDER BY "id" LIMIT 1`;
  return match ? tx.entity.findUnique({ where: { id: match.id }, include: { region: true } }) : null;
}

/** The first slug tried for a new entity; then `-2`, `-3`… (slugCandidate). */
export function entitySlugRoot(draft: NewEntityDraft) {
  return slugify(`${draft.kind.toLowerCase()}-${draft.name}${draft.istatCode ? `-${draft.istatCode}` : ""}`, 80);
}

/** The first slug tried for a new sheet; then `-2`, `-3`… (slugCandidate). */
export function practiceSlugRoot(title: string, entityName: string) {
  return slugify(`${title} ${entityName.replace(/^(comune|unione|ambito)( di)? /i, "")}`, 90) || "pratica";
}

export function slugCandidate(root: string, n: number) {
  return n === 1 ? root : `${root}-${n}`;
}

/** A new entity's columns: population and province from ISTAT's list when the code is known. */
export function newEntityData(draft: NewEntityDraft, slug: string) {
  const comune = draft.istatCode ? comuniByIstatCode().get(draft.istatCode) : undefined;
  const population = comune?.population ?? null;
  return {
    slug,
    name: draft.name,
    kind: draft.kind,
    istatCode: draft.istatCode,
    regionId: draft.regionId,
    province: draft.province ?? comune?.province ?? null,
    population,
    populationBand: population ? populationBandOf(population) : null,
  };
}

async function uniqueEntitySlug(tx: Tx, root: string) {
  for (let n = 1; ; n++) {
    const candidate = slugCandidate(root, n);
    if (!(await tx.entity.findUnique({ where: { slug: candidate }, select: { id: true } }))) return candidate;
  }
}

async function uniquePracticeSlug(tx: Tx, root: string, exceptId?: number) {
  for (let n = 1; ; n++) {
    const candidate = slugCandidate(root, n);
    const taken = await tx.practice.findUnique({ where: { slug: candidate }, select: { id: true } });
    if (!taken || taken.id === exceptId) return candidate;
  }
}

/** The draft's terms, in vocabulary order (the order searchExtra lists their labels in). */
export function draftTerms<T extends Pick<Term, "id" | "vocabulary" | "slug">>(
  draft: PracticeDraft,
  allTerms: T[],
): T[] {
  return allTerms.filter((t) => draft.terms[t.vocabulary].includes(t.slug));
}

/** The sheet's own columns as a draft sets them. */
export function practiceFields(draft: PracticeDraft, entityId: number) {
  return {
    title: draft.title,
    summary: draft.summary,
    description: draft.description,
    startDate: draft.startDate ? new Date(`${draft.startDate}T00:00:00Z`) : null,
    serviceType: draft.serviceType,
    operatorsTotal: draft.operatorsTotal,
    operatorsStaff: draft.operatorsStaff,
    operatorsVolunteers: draft.operatorsVolunteers,
    fundingNote: draft.fundingNote,
    feedback: draft.feedback,
    innovation: draft.innovation,
    sustainability: draft.sustainability,
    sustainabilityNote: draft.sustainabilityNote,
    resourcesNeeded: draft.resourcesNeeded,
    difficulties: draft.difficulties,
    replicationAdvice: draft.replicationAdvice,
    publicContact: draft.publicContact,
    status: draft.status,
    entityId,
  };
}

type SnapshotEntity = Parameters<typeof snapshotOf>[0]["entity"];

/** What the sheet will be after the save: compared with the current one, and stored as the revision. */
export function desiredSnapshot(
  draft: PracticeDraft,
  slug: string,
  entity: SnapshotEntity,
  terms: Pick<Term, "vocabulary" | "slug">[],
) {
  return snapshotOf({
    ...practiceFields(draft, entity.id),
    code: draft.code,
    slug,
    entity,
    terms: terms.map((term) => ({ term })),
  });
}

export function searchExtraOf(
  entity: { name: string; province: string | null; region: { name: string } },
  terms: Pick<Term, "label">[],
) {
  return buildSearchExtra({
    entityName: entity.name,
    province: entity.province,
    regionName: entity.region.name,
    termLabels: terms.map((t) => t.label),
  });
}

/** Set when a sheet is first published, then kept (also when it is unpublished). */
export function publishedAtOf(draft: PracticeDraft, existing: { publishedAt: Date | null } | null, now = new Date()) {
  return draft.status === "PUBLISHED" ? (existing?.publishedAt ?? now) : (existing?.publishedAt ?? null);
}

/**
 * Creates or updates the sheet with the draft's code. With `expectedVersion`, an update based
 * on another version is refused as a conflict instead of overwriting someone else's work.
 */
export async function savePractice(
  tx: Tx,
  draft: PracticeDraft,
  actor: SaveActor,
  expectedVersion?: number,
  /** The vocabulary, when the caller saves many sheets in one transaction (imports). */
  terms?: Term[],
): Promise<SaveOutcome> {
  const existing = await tx.practice.findUnique({ where: { code: draft.code }, include: practiceRelations });
  if (existing && expectedVersion !== undefined && existing.version !== expectedVersion) {
    return {
      outcome: "conflict",
      practiceId: existing.id,
      current: await headSnapshot(tx, existing),
      currentVersion: existing.version,
    };
  }
  // Only changes that stay public wait for review; a save that takes the sheet offline (archived,
  // back to draft) applies at once, as nothing unreviewed becomes public by it.
  const allTerms = terms ?? (await tx.term.findMany());
  // A restored version or a draft may name values merged away since.
  draft = await withMergedTerms(tx, draft, allTerms);
  if (existing && actor.asDraft && existing.status === "PUBLISHED" && draft.status === "PUBLISHED")
    return saveAsDraft(tx, existing, draft, actor, allTerms);

  const entity = await resolveEntity(tx, draft.entity);
  const selected = draftTerms(draft, allTerms);
  const termIds = selected.map((t) => t.id);
  const slug = existing?.slug ?? (await uniquePracticeSlug(tx, practiceSlugRoot(draft.title, entity.name)));

  const fields = practiceFields(draft, entity.id);
  const desired = desiredSnapshot(draft, slug, entity, selected);
  if (existing && sameSnapshot(snapshotOf(existing), desired)) {
    return { outcome: "unchanged", practiceId: existing.id, slug, previousSlug: slug, version: existing.version };
  }

  const searchExtra = searchExtraOf(entity, selected);
  const publishedAt = publishedAtOf(draft, existing);

  let practiceId: number;
  let version: number;
  if (existing) {
    await ensureBaselineRevision(tx, existing);
    // The version in the WHERE clause makes the check and the write one atomic step.
    const updated = await tx.practice.updateMany({
      where: { id: existing.id, version: existing.version },
      // A write that goes live replaces a pending draft (its revision stays in the history).
      data: { ...fields, searchExtra, publishedAt, version: { increment: 1 }, draftVersion: null, publishAt: null },
    });
    if (updated.count === 0) {
      const current = await tx.practice.findUniqueOrThrow({ where: { id: existing.id }, include: practiceRelations });
      return {
        outcome: "conflict",
        practiceId: existing.id,
        current: await headSnapshot(tx, current),
        currentVersion: current.version,
      };
    }
    practiceId = existing.id;
    version = existing.version + 1;
    await tx.practiceTerm.deleteMany({ where: { practiceId } });
  } else {
    const created = await tx.practice.create({
      data: { ...fields, code: draft.code, slug, searchExtra, publishedAt, isSample: false },
    });
    practiceId = created.id;
    version = created.version;
  }
  if (termIds.length) await tx.practiceTerm.createMany({ data: termIds.map((termId) => ({ practiceId, termId })) });
  if (!existing?.isSample) await entityNowReal(tx, entity);
  // A live write that does not continue from the pending draft (an import, bulk Archivia) sets it aside.
  const setAside = existing && !actor.asDraft ? existing.draftVersion : null;
  await tx.practiceRevision.create({ data: revisionData(practiceId, version, actor, desired, setAside) });
  return { outcome: existing ? "updated" : "created", practiceId, slug, previousSlug: existing?.slug ?? null, version };
}

/**
 * An illustrative entity (a real comune the seed placed examples in) that now has a real sheet is
 * real too: replications from that comune are matched to it, and Enti stops calling it an example.
 * (Imports do the same for all their sheets at once, lib/import/apply-batch.ts.)
 */
export async function entityNowReal(tx: Tx, entity: { id: number; isSample: boolean }) {
  if (entity.isSample) await tx.entity.update({ where: { id: entity.id }, data: { isSample: false } });
}

type ExistingPractice = Prisma.PracticeGetPayload<{ include: typeof practiceRelations }>;

/** The sheet as editors see it: its pending draft when it has one (values merged since read as merged), else the row. */
export async function headSnapshot(tx: Tx, practice: ExistingPractice): Promise<PracticeSnapshot> {
  if (practice.draftVersion === null) return snapshotOf(practice);
  const [revision, aliases] = await Promise.all([
    tx.practiceRevision.findUniqueOrThrow({
      where: { practiceId_version: { practiceId: practice.id, version: practice.draftVersion } },
    }),
    loadAliases(tx),
  ]);
  const snapshot = snapshotOfRevision(revision);
  return { ...snapshot, terms: currentTermSlugs(snapshot.terms, aliases) };
}

/**
 * A published sheet's edit saved as a draft revision: the row (the public sheet) is untouched but
 * for its version and draft pointer; updatedAt is kept, as it dates the public content.
 */
async function saveAsDraft(
  tx: Tx,
  existing: ExistingPractice,
  draft: PracticeDraft,
  actor: SaveActor,
  terms?: Term[],
): Promise<SaveOutcome> {
  const entity = await resolveEntity(tx, draft.entity);
  const selected = draftTerms(draft, terms ?? (await tx.term.findMany()));
  const desired = desiredSnapshot(draft, existing.slug, entity, selected);
  const same = { practiceId: existing.id, slug: existing.slug, previousSlug: existing.slug };
  if (sameSnapshot(await headSnapshot(tx, existing), desired))
    return { outcome: "unchanged", ...same, version: existing.version, draft: existing.draftVersion !== null };
  await ensureBaselineRevision(tx, existing);
  const version = existing.version + 1;
  const updated = await tx.practice.updateMany({
    where: { id: existing.id, version: existing.version },
    // A publication scheduled for the earlier draft does not carry over to this one, which nobody scheduled.
    data: { version, draftVersion: version, updatedAt: existing.updatedAt, publishAt: null },
  });
  if (updated.count === 0) {
    const current = await tx.practice.findUniqueOrThrow({ where: { id: existing.id }, include: practiceRelations });
    return {
      outcome: "conflict",
      practiceId: existing.id,
      current: await headSnapshot(tx, current),
      currentVersion: current.version,
    };
  }
  await tx.practiceRevision.create({ data: { ...revisionData(existing.id, version, actor, desired), draft: true } });
  return { outcome: "updated", ...same, version, draft: true, unscheduled: existing.publishAt !== null };
}

/**
 * Sheets loaded before history existed (the illustrative seed) have no revision for their
 * current version: record it before the first change, so history and conflicts can diff against it.
 */
async function ensureBaselineRevision(tx: Tx, existing: ExistingPractice) {
  const found = await tx.practiceRevision.findUnique({
    where: { practiceId_version: { practiceId: existing.id, version: existing.version } },
    select: { id: true },
  });
  if (found) return;
  await tx.practiceRevision.create({ data: baselineRevisionData(existing) });
}

/** The revision a save records: the sheet as it is after the save, and who or what made it. */
export function revisionData(
  practiceId: number,
  version: number,
  actor: SaveActor,
  snapshot: PracticeSnapshot,
  setAsideVersion: number | null = null,
) {
  return {
    practiceId,
    version,
    source: actor.source,
    userId: actor.userId,
    importJobId: actor.importJobId ?? null,
    snapshot: revisionSnapshot.write(snapshot) as Prisma.InputJsonValue,
    setAsideVersion,
  };
}

/** The missing revision of a sheet's current version, dated when that version was written. */
export function baselineRevisionData(
  existing: Parameters<typeof snapshotOf>[0] & { id: number; version: number; updatedAt: Date },
) {
  return {
    practiceId: existing.id,
    version: existing.version,
    source: "IMPORT" as const,
    userId: null,
    snapshot: revisionSnapshot.write(snapshotOf(existing)) as Prisma.InputJsonValue,
    createdAt: existing.updatedAt,
  };
}

/** A snapshot turned back into a draft, to restore an earlier version as a new change. */
export function draftFromSnapshot(snapshot: PracticeSnapshot): PracticeDraft {
  return {
    code: snapshot.code,
    title: snapshot.title,
    summary: snapshot.summary,
    description: snapshot.description,
    startDate: snapshot.startDate,
    serviceType: snapshot.serviceType,
    operatorsTotal: snapshot.operatorsTotal,
    operatorsStaff: snapshot.operatorsStaff,
    operatorsVolunteers: snapshot.operatorsVolunteers,
    fundingNote: snapshot.fundingNote,
    feedback: snapshot.feedback,
    innovation: snapshot.innovation,
    sustainability: snapshot.sustainability,
    sustainabilityNote: snapshot.sustainabilityNote,
    resourcesNeeded: snapshot.resourcesNeeded,
    difficulties: snapshot.difficulties,
    replicationAdvice: snapshot.replicationAdvice,
    publicContact: snapshot.publicContact,
    status: snapshot.status,
    entity: { id: snapshot.entity.id },
    terms: snapshot.terms,
  };
}
