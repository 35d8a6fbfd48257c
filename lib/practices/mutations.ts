import { comuniByIstatCode } from "@/lib/comuni";
import type { Prisma, Term } from "@/lib/generated/prisma/client";
import type { RevisionSource } from "@/lib/generated/prisma/enums";
import { populationBandOf } from "@/lib/practices/enum-labels";
import type { EntityDraft, PracticeDraft } from "@/lib/practices/practice-input";
import { buildSearchExtra } from "@/lib/practices/search-document";
import { sameSnapshot, snapshotOf, type PracticeSnapshot } from "@/lib/practices/snapshot";
import { slugify } from "@/lib/text";

// Writing a sheet, the one way every path uses (edit form, import, restore, CLI): entity
// resolved or created, terms replaced, search words refreshed, version bumped with an
// optimistic check, and a revision recorded. Runs inside the caller's transaction.

type Tx = Prisma.TransactionClient;

export type SaveActor = { userId: number | null; source: RevisionSource; importJobId?: number | null };

export type SaveOutcome =
  | { outcome: "created" | "updated" | "unchanged"; practiceId: number; slug: string; previousSlug: string | null; version: number }
  | { outcome: "conflict"; practiceId: number; current: PracticeSnapshot; currentVersion: number };

export const practiceRelations = {
  entity: { include: { region: true } },
  terms: { include: { term: true } },
} satisfies Prisma.PracticeInclude;

async function resolveEntity(tx: Tx, draft: EntityDraft) {
  if ("id" in draft) {
    const entity = await tx.entity.findUnique({ where: { id: draft.id }, include: { region: true } });
    if (!entity) throw new Error(`Ente ${draft.id} inesistente.`);
    return entity;
  }
  const existing = await tx.entity.findFirst({
    where: draft.istatCode
      ? { kind: draft.kind, istatCode: draft.istatCode }
      : { kind: draft.kind, regionId: draft.regionId, name: { equals: draft.name, mode: "insensitive" } },
    include: { region: true },
    orderBy: { id: "asc" },
  });
  if (existing) return existing;
  const comune = draft.istatCode ? comuniByIstatCode().get(draft.istatCode) : undefined;
  const population = comune?.population ?? null;
  return tx.entity.create({
    data: {
      slug: await uniqueEntitySlug(tx, `${draft.kind.toLowerCase()}-${draft.name}${draft.istatCode ? `-${draft.istatCode}` : ""}`),
      name: draft.name,
      kind: draft.kind,
      istatCode: draft.istatCode,
      regionId: draft.regionId,
      province: draft.province ?? comune?.province ?? null,
      population,
      populationBand: population ? populationBandOf(population) : null,
    },
    include: { region: true },
  });
}

async function uniqueEntitySlug(tx: Tx, base: string) {
  const root = slugify(base, 80);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? root : `${root}-${n}`;
    if (!(await tx.entity.findUnique({ where: { slug: candidate }, select: { id: true } }))) return candidate;
  }
}

async function uniquePracticeSlug(tx: Tx, base: string, exceptId?: number) {
  const root = slugify(base, 90) || "pratica";
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? root : `${root}-${n}`;
    const taken = await tx.practice.findUnique({ where: { slug: candidate }, select: { id: true } });
    if (!taken || taken.id === exceptId) return candidate;
  }
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
    return { outcome: "conflict", practiceId: existing.id, current: snapshotOf(existing), currentVersion: existing.version };
  }

  const entity = await resolveEntity(tx, draft.entity);
  const allTerms = terms ?? (await tx.term.findMany());
  const termIds = allTerms.filter((t) => draft.terms[t.vocabulary].includes(t.slug)).map((t) => t.id);
  const slug = existing?.slug ?? (await uniquePracticeSlug(tx, `${draft.title} ${entity.name.replace(/^(comune|unione|ambito)( di)? /i, "")}`));

  const fields = {
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
    status: draft.status,
    entityId: entity.id,
  };
  const desired = snapshotOf({
    ...fields,
    code: draft.code,
    slug,
    entity,
    terms: allTerms.filter((t) => termIds.includes(t.id)).map((term) => ({ term })),
  });
  if (existing && sameSnapshot(snapshotOf(existing), desired)) {
    return { outcome: "unchanged", practiceId: existing.id, slug, previousSlug: slug, version: existing.version };
  }

  const searchExtra = buildSearchExtra({
    entityName: entity.name,
    province: entity.province,
    regionName: entity.region.name,
    termLabels: allTerms.filter((t) => termIds.includes(t.id)).map((t) => t.label),
  });
  const publishedAt = draft.status === "PUBLISHED" ? (existing?.publishedAt ?? new Date()) : (existing?.publishedAt ?? null);

  let practiceId: number;
  let version: number;
  if (existing) {
    await ensureBaselineRevision(tx, existing);
    // The version in the WHERE clause makes the check and the write one atomic step.
    const updated = await tx.practice.updateMany({
      where: { id: existing.id, version: existing.version },
      data: { ...fields, searchExtra, publishedAt, version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const current = await tx.practice.findUniqueOrThrow({ where: { id: existing.id }, include: practiceRelations });
      return { outcome: "conflict", practiceId: existing.id, current: snapshotOf(current), currentVersion: current.version };
    }
    practiceId = existing.id;
    version = existing.version + 1;
    await tx.practiceTerm.deleteMany({ where: { practiceId } });
  } else {
    const created = await tx.practice.create({ data: { ...fields, code: draft.code, slug, searchExtra, publishedAt, isSample: false } });
    practiceId = created.id;
    version = created.version;
  }
  if (termIds.length) await tx.practiceTerm.createMany({ data: termIds.map((termId) => ({ practiceId, termId })) });
  await tx.practiceRevision.create({
    data: {
      practiceId,
      version,
      source: actor.source,
      userId: actor.userId,
      importJobId: actor.importJobId ?? null,
      snapshot: desired as unknown as Prisma.InputJsonValue,
    },
  });
  return { outcome: existing ? "updated" : "created", practiceId, slug, previousSlug: existing?.slug ?? null, version };
}

/**
 * Sheets loaded before history existed (the illustrative seed) have no revision for their
 * current version: record it before the first change, so history and conflicts can diff against it.
 */
async function ensureBaselineRevision(tx: Tx, existing: Prisma.PracticeGetPayload<{ include: typeof practiceRelations }>) {
  const found = await tx.practiceRevision.findUnique({ where: { practiceId_version: { practiceId: existing.id, version: existing.version } }, select: { id: true } });
  if (found) return;
  await tx.practiceRevision.create({
    data: {
      practiceId: existing.id,
      version: existing.version,
      source: "IMPORT",
      userId: null,
      snapshot: snapshotOf(existing) as unknown as Prisma.InputJsonValue,
      createdAt: existing.updatedAt,
    },
  });
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
    status: snapshot.status,
    entity: { id: snapshot.entity.id },
    terms: snapshot.terms,
  };
}
