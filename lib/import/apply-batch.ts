import { Prisma } from "@/lib/generated/prisma/client";
import {
  insertEntities,
  resolveEntities,
  takenSlugs,
  uniqueSlugs,
  type BatchEntity,
} from "@/lib/import/batch-entities";
import type { ImportRow } from "@/lib/import/validate-rows";
import { itemAt } from "@/lib/item-at";
import { eachWithMergedTerms, termKeys, unknownTermSlug } from "@/lib/vocabularies/merged-terms";
import type { EntityKind, Vocabulary } from "@/lib/generated/prisma/enums";
import {
  baselineRevisionData,
  desiredSnapshot,
  draftTerms,
  practiceFields,
  practiceSlugRoot,
  publishedAtOf,
  revisionData,
  searchExtraOf,
  type SaveActor,
} from "@/lib/practices/mutations";
import { codeKey } from "@/lib/practices/practice-code";
import type { PracticeDraft } from "@/lib/practices/practice-input";
import { sameSnapshot, snapshotOf, type PracticeSnapshot } from "@/lib/practices/snapshot";

// An import's rows written as savePractice would write them one after the other — same entity
// resolution, slugs, snapshots, search words, versions, baseline and import revisions — but read
// in a few queries for the whole file, compared in memory, and written with a few set-based
// statements per chunk. Runs inside the caller's transaction, under the import lock.

type Tx = Prisma.TransactionClient;
/** A stored sheet as snapshotOf and the baseline revision read it. */
type Existing = Parameters<typeof snapshotOf>[0] & {
  id: number;
  version: number;
  draftVersion: number | null;
  publishedAt: Date | null;
  updatedAt: Date;
  isSample: boolean;
};

export type BatchOutcome = {
  row: number;
  code: string;
  title: string;
  outcome: "created" | "updated" | "unchanged";
  version: number;
  /** The pending draft an update sets aside: publishing it keeps the version, so it is compared too. */
  setAside: number | null;
  practiceId: number;
  slug: string;
};

/** A sheet another person changed while the import ran; the caller refuses the import. */
export class BatchConflictError extends Error {
  constructor(
    readonly row: number,
    readonly code: string,
  ) {
    super(`row ${row} (${code}) changed during the import`);
  }
}

/** A value a row names left its vocabulary after the preview (deleted, not merged). */
export class VocabularyChangedError extends Error {
  constructor(
    readonly row: number,
    readonly value: string,
  ) {
    super(`row ${row}: «${value}» left its vocabulary after the preview`);
  }
}

const CHUNK_ROWS = 1_000;
// Rows per statement are also bounded by their size: a description may hold 20,000 characters.
const CHUNK_CHARS = 4_000_000;

function chunks<T>(items: T[], size = CHUNK_ROWS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Records as JSON arrays of at most CHUNK_ROWS records and about CHUNK_CHARS characters. */
function jsonChunks(records: object[]): string[] {
  const out: string[] = [];
  let part: string[] = [];
  let size = 0;
  for (const record of records) {
    const json = JSON.stringify(record);
    if (part.length && (part.length >= CHUNK_ROWS || size + json.length > CHUNK_CHARS)) {
      out.push(`[${part.join(",")}]`);
      part = [];
      size = 0;
    }
    part.push(json);
    size += json.length;
  }
  if (part.length) out.push(`[${part.join(",")}]`);
  return out;
}

/** A stored sheet as the preload query returns it: the snapshot's scalar fields, flat. */
type ExistingRow = Omit<PracticeSnapshot, "entity" | "terms"> & {
  id: number;
  version: number;
  draftVersion: number | null;
  publishedAt: string | null;
  updatedAt: string;
  isSample: boolean;
  entityId: number;
  entityName: string;
  entityKind: EntityKind;
  istatCode: string | null;
  province: string | null;
  regionSlug: string;
  regionName: string;
  terms: [Vocabulary, string][] | string;
};

// Timestamps as UTC text with their milliseconds, as Prisma reads timestamp(3) columns.
const UTC = Prisma.raw(`'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`);

/** The sheets with these codes ignoring case, by codeKey, with entity, region and terms. */
export async function loadExisting(tx: Tx, codes: string[]) {
  const byCode = new Map<string, Existing>();
  for (const part of chunks(codes.map(codeKey), 5_000)) {
    const rows = await tx.$queryRaw<ExistingRow[]>`
      SELECT p."id", p."code", p."slug", p."title", p."summary", p."description", to_char(p."startDate", 'YYYY-MM-DD') AS "startDate",
        p."serviceType"::text AS "serviceType", p."operatorsTotal", p."operatorsStaff", p."operatorsVolunteers", p."fundingNote", p."feedback",
        p."innovation", p."sustainability"::text AS "sustainability", p."sustainabilityNote",
        p."resourcesNeeded", p."difficulties", p."replicationAdvice", p."publicContact", p."status"::text AS "status", p."version", p."draftVersion", p."isSample",
        to_char(p."publishedAt", ${UTC}) AS "publishedAt", to_char(p."updatedAt", ${UTC}) AS "updatedAt",
        e."id" AS "entityId", e."name" AS "entityName", e."kind"::text AS "entityKind", e."istatCode", e."province",
        r."slug" AS "regionSlug", r."name" AS "regionName",
        COALESCE((SELECT json_agg(json_build_array(t."vocabulary", t."slug")) FROM "PracticeTerm" pt JOIN "Term" t ON t."id" = pt."termId"
                  WHERE pt."practiceId" = p."id"), '[]'::json) AS "terms"
      FROM "Practice" p JOIN "Entity" e ON e."id" = p."entityId" JOIN "Region" r ON r."id" = e."regionId"
      WHERE lower(p."code") = ANY(${part}::text[])`;
    for (const row of rows) {
      const terms = typeof row.terms === "string" ? (JSON.parse(row.terms) as [Vocabulary, string][]) : row.terms;
      byCode.set(codeKey(row.code), {
        ...row,
        startDate: row.startDate ? new Date(`${row.startDate}T00:00:00Z`) : null,
        publishedAt: row.publishedAt ? new Date(row.publishedAt) : null,
        updatedAt: new Date(row.updatedAt),
        entity: {
          id: row.entityId,
          name: row.entityName,
          kind: row.entityKind,
          istatCode: row.istatCode,
          province: row.province,
          region: { slug: row.regionSlug, name: row.regionName },
        },
        terms: terms.map(([vocabulary, slug]) => ({ term: { vocabulary, slug } })),
      });
    }
  }
  return byCode;
}

type Computed = {
  row: ImportRow;
  existing: Existing | undefined;
  entity: BatchEntity;
  terms: { id: number; vocabulary: Vocabulary; slug: string; label: string }[];
  desired: PracticeSnapshot | null;
  outcome: "created" | "updated" | "unchanged";
  /** The pending draft an update sets aside (BatchOutcome). */
  setAside: number | null;
};

async function compute(tx: Tx, rows: ImportRow[]) {
  const [allTerms, regions, existing] = await Promise.all([
    tx.term.findMany(),
    tx.region.findMany(),
    loadExisting(
      tx,
      rows.map((r) => r.draft.code),
    ),
  ]);
  const entities = await resolveEntities(
    tx,
    rows.map((r) => r.draft.entity),
    regions,
  );
  // A value merged away since the preview is read as the value it became (as a saved form is).
  const drafts = await eachWithMergedTerms(
    tx,
    rows.map((r) => r.draft),
    allTerms,
  );
  const known = termKeys(allTerms);
  const computed = rows.map((read, i): Computed => {
    const draft = itemAt(drafts, i);
    const row = draft === read.draft ? read : { ...read, draft };
    const current = existing.get(codeKey(draft.code));
    const entity = itemAt(entities.perRow, i);
    const missing = unknownTermSlug(draft, known);
    if (missing !== undefined) throw new VocabularyChangedError(row.row, missing);
    const terms = draftTerms(draft, allTerms);
    if (!current) return { row, existing: undefined, entity, terms, desired: null, outcome: "created", setAside: null };
    // An import never changes a code, not even its case.
    const desired = desiredSnapshot({ ...draft, code: current.code }, current.slug, entity, terms);
    const updated = !sameSnapshot(snapshotOf(current), desired);
    return {
      row,
      existing: current,
      entity,
      terms,
      desired,
      outcome: updated ? "updated" : "unchanged",
      setAside: updated ? current.draftVersion : null,
    };
  });
  return {
    computed,
    created: entities.created,
    termIdOf: new Map(allTerms.map((t) => [`${t.vocabulary}|${t.slug}`, t.id])),
  };
}

/** An update as planned: the sheet before and after, for the preview to show and check. */
export type PlannedUpdate = {
  practiceId: number;
  version: number;
  /** Unpublished changes the update sets aside (they stay in the sheet's history). */
  draftVersion: number | null;
  updatedAt: Date;
  before: PracticeSnapshot;
  after: PracticeSnapshot;
};

/** What writing these rows would do now, computed without writing. */
export async function planRows(
  tx: Tx,
  rows: ImportRow[],
): Promise<(Omit<BatchOutcome, "practiceId" | "slug"> & { update?: PlannedUpdate })[]> {
  const { computed } = await compute(tx, rows);
  return computed.map(({ row, existing, desired, outcome, setAside }) => ({
    row: row.row,
    code: row.draft.code,
    title: row.draft.title,
    outcome,
    version: !existing ? 1 : outcome === "updated" ? existing.version + 1 : existing.version,
    setAside,
    update:
      existing && outcome === "updated"
        ? {
            practiceId: existing.id,
            version: existing.version,
            draftVersion: existing.draftVersion,
            updatedAt: existing.updatedAt,
            before: snapshotOf(existing),
            after: desired!,
          }
        : undefined,
  }));
}

/** Writes the rows; throws BatchConflictError if a sheet changed under the import. */
export async function writeRows(tx: Tx, rows: ImportRow[], actor: SaveActor): Promise<BatchOutcome[]> {
  const { computed, created, termIdOf } = await compute(tx, rows);
  const nowDate = new Date();
  const now = nowDate.toISOString();
  await insertEntities(tx, created, now);

  const creates = computed.filter((c) => c.outcome === "created");
  const updates = computed.filter((c) => c.outcome === "updated");
  const slugs = await uniqueSlugs(
    creates.map((c) => practiceSlugRoot(c.row.draft.title, c.entity.name)),
    (candidates) => takenSlugs(tx, "Practice", candidates),
  );
  const results = new Map<ImportRow, { practiceId: number; slug: string; version: number }>();
  const revisions: ReturnType<typeof revisionData>[] = [];
  const links: { practiceId: number; termId: number }[] = [];

  if (updates.length) {
    // Sheets loaded before history existed get their current version recorded first.
    const pairs = JSON.stringify(updates.map((c) => ({ id: c.existing!.id, version: c.existing!.version })));
    const recorded = await tx.$queryRaw<{ practiceId: number; version: number }[]>`
      SELECT r."practiceId", r."version" FROM "PracticeRevision" r
      JOIN json_to_recordset(${pairs}::json) AS k(id int, version int) ON r."practiceId" = k.id AND r."version" = k.version`;
    const has = new Set(recorded.map((r) => `${r.practiceId}:${r.version}`));
    const baselines = updates
      .filter((c) => !has.has(`${c.existing!.id}:${c.existing!.version}`))
      .map((c) => baselineRevisionData(c.existing!));
    await insertRevisions(
      tx,
      baselines.map((b) => ({ ...b, importJobId: null, setAsideVersion: null, createdAt: b.createdAt.toISOString() })),
    );

    const records = updates.map((c) => ({
      id: c.existing!.id,
      version: c.existing!.version,
      ...columns(c, publishedAtOf(c.row.draft, c.existing!, nowDate)),
    }));
    const written = new Set<number>();
    for (const json of jsonChunks(records)) {
      // The version in the WHERE clause makes the check and the write one atomic step. An import
      // goes live: a published sheet's pending draft is set aside (it stays in the history), and
      // the preview flags the sheet as edited after the export, since the draft raised its version.
      const updated = await tx.$queryRaw<{ id: number }[]>`
        UPDATE "Practice" AS p SET
          "title" = v.title, "summary" = v.summary, "description" = v.description, "startDate" = v."startDate"::date,
          "serviceType" = v."serviceType"::"ServiceType", "operatorsTotal" = v."operatorsTotal", "operatorsStaff" = v."operatorsStaff",
          "operatorsVolunteers" = v."operatorsVolunteers", "fundingNote" = v."fundingNote", "feedback" = v.feedback, "innovation" = v.innovation,
          "sustainability" = v.sustainability::"Sustainability", "sustainabilityNote" = v."sustainabilityNote", "status" = v.status::"PracticeStatus",
          "resourcesNeeded" = v."resourcesNeeded", "difficulties" = v.difficulties, "replicationAdvice" = v."replicationAdvice", "publicContact" = v."publicContact",
          "entityId" = v."entityId", "searchExtra" = v."searchExtra", "publishedAt" = v."publishedAt"::timestamp(3),
          "version" = p."version" + 1, "updatedAt" = ${now}::timestamp(3), "draftVersion" = NULL, "publishAt" = NULL
        FROM json_to_recordset(${json}::json) AS v(${RECORD_COLUMNS}, id int, version int)
        WHERE p."id" = v.id AND p."version" = v.version
        RETURNING p."id"`;
      for (const { id } of updated) written.add(id);
    }
    const conflict = updates.find((c) => !written.has(c.existing!.id));
    if (conflict) throw new BatchConflictError(conflict.row.row, conflict.row.draft.code);
    // Only the links that change, a removed one turned into an added one where possible: each
    // statement on PracticeTerm rewrites its sheets once more (the facet keys' trigger).
    const unlinks: { practiceId: number; termId: number }[] = [];
    const relinks: { practiceId: number; from: number; to: number }[] = [];
    for (const c of updates) {
      const practiceId = c.existing!.id;
      const version = c.existing!.version + 1;
      results.set(c.row, { practiceId, slug: c.existing!.slug, version });
      revisions.push(revisionData(practiceId, version, actor, c.desired!, c.existing!.draftVersion));
      const before = new Set(c.existing!.terms.map(({ term }) => termIdOf.get(`${term.vocabulary}|${term.slug}`)!));
      const after = new Set(c.terms.map((term) => term.id));
      const added = [...after].filter((id) => !before.has(id));
      const removed = [...before].filter((id) => !after.has(id));
      for (const [i, to] of added.entries()) {
        const from = removed[i];
        if (from === undefined) links.push({ practiceId, termId: to });
        else relinks.push({ practiceId, from, to });
      }
      for (const termId of removed.slice(added.length)) unlinks.push({ practiceId, termId });
    }
    for (const part of chunks(relinks, 20_000)) {
      const practiceIds = part.map((link) => link.practiceId);
      const from = part.map((link) => link.from);
      const to = part.map((link) => link.to);
      await tx.$executeRaw`
        UPDATE "PracticeTerm" pt SET "termId" = k."to" FROM unnest(${practiceIds}::int[], ${from}::int[], ${to}::int[]) AS k("practiceId", "from", "to")
        WHERE pt."practiceId" = k."practiceId" AND pt."termId" = k."from"`;
    }
    for (const part of chunks(unlinks, 20_000)) {
      const practiceIds = part.map((link) => link.practiceId);
      const termIds = part.map((link) => link.termId);
      await tx.$executeRaw`
        DELETE FROM "PracticeTerm" pt USING unnest(${practiceIds}::int[], ${termIds}::int[]) AS k("practiceId", "termId")
        WHERE pt."practiceId" = k."practiceId" AND pt."termId" = k."termId"`;
    }
  }

  if (creates.length) {
    const records = creates.map((c, i) => ({
      ord: i,
      code: c.row.draft.code,
      slug: itemAt(slugs, i),
      ...columns(c, publishedAtOf(c.row.draft, null, nowDate)),
    }));
    const idByCode = new Map<string, number>();
    for (const json of jsonChunks(records)) {
      const inserted = await tx.$queryRaw<{ id: number; code: string }[]>`
        INSERT INTO "Practice" ("code", "slug", "title", "summary", "description", "startDate", "serviceType", "operatorsTotal", "operatorsStaff",
          "operatorsVolunteers", "fundingNote", "feedback", "innovation", "sustainability", "sustainabilityNote", "status", "entityId",
          "resourcesNeeded", "difficulties", "replicationAdvice", "publicContact",
          "searchExtra", "publishedAt", "isSample", "createdAt", "updatedAt")
        SELECT v.code, v.slug, v.title, v.summary, v.description, v."startDate"::date, v."serviceType"::"ServiceType", v."operatorsTotal", v."operatorsStaff",
          v."operatorsVolunteers", v."fundingNote", v.feedback, v.innovation, v.sustainability::"Sustainability", v."sustainabilityNote", v.status::"PracticeStatus", v."entityId",
          v."resourcesNeeded", v.difficulties, v."replicationAdvice", v."publicContact",
          v."searchExtra", v."publishedAt"::timestamp(3), false, ${now}::timestamp(3), ${now}::timestamp(3)
        FROM json_to_recordset(${json}::json) AS v(${RECORD_COLUMNS}, ord int, code text, slug text)
        ORDER BY v.ord
        RETURNING "id", "code"`;
      for (const { id, code } of inserted) idByCode.set(code, id);
    }
    creates.forEach((c, i) => {
      const practiceId = idByCode.get(c.row.draft.code)!;
      results.set(c.row, { practiceId, slug: itemAt(slugs, i), version: 1 });
      revisions.push(
        revisionData(practiceId, 1, actor, desiredSnapshot(c.row.draft, itemAt(slugs, i), c.entity, c.terms)),
      );
      for (const term of c.terms) links.push({ practiceId, termId: term.id });
    });
  }

  for (const part of chunks(links, 20_000)) {
    const practiceIds = part.map((link) => link.practiceId);
    const termIds = part.map((link) => link.termId);
    await tx.$executeRaw`INSERT INTO "PracticeTerm" ("practiceId", "termId") SELECT * FROM unnest(${practiceIds}::int[], ${termIds}::int[])`;
  }
  await insertRevisions(
    tx,
    revisions.map((r) => ({ ...r, createdAt: now })),
  );
  // As savePractice does (entityNowReal): an illustrative entity with a real sheet written is real.
  const real = [...creates, ...updates.filter((c) => !c.existing!.isSample)].map((c) => c.entity.id);
  if (real.length)
    await tx.$executeRaw`UPDATE "Entity" SET "isSample" = false WHERE "isSample" AND "id" = ANY(${real}::int[])`;

  return computed.map((c): BatchOutcome => {
    const result = results.get(c.row) ?? {
      practiceId: c.existing!.id,
      slug: c.existing!.slug,
      version: c.existing!.version,
    };
    return {
      row: c.row.row,
      code: c.row.draft.code,
      title: c.row.draft.title,
      outcome: c.outcome,
      setAside: c.setAside,
      ...result,
    };
  });
}

type RevisionRecord = Omit<ReturnType<typeof revisionData>, "snapshot"> & { snapshot: unknown; createdAt: string };

async function insertRevisions(tx: Tx, revisions: RevisionRecord[]) {
  for (const json of jsonChunks(revisions)) {
    await tx.$executeRaw`
      INSERT INTO "PracticeRevision" ("practiceId", "version", "source", "userId", "importJobId", "snapshot", "setAsideVersion", "createdAt")
      SELECT v."practiceId", v.version, v.source::"RevisionSource", v."userId", v."importJobId", v.snapshot, v."setAsideVersion", v."createdAt"::timestamp(3)
      FROM json_to_recordset(${json}::json) AS v("practiceId" int, version int, source text, "userId" int, "importJobId" int, snapshot jsonb, "setAsideVersion" int, "createdAt" text)`;
  }
}

// The sheet's columns as json_to_recordset reads them (dates as text, enums cast in the SQL).
const RECORD_COLUMNS = Prisma.raw(
  `title text, summary text, description text, "startDate" text, "serviceType" text, "operatorsTotal" int, "operatorsStaff" int, ` +
    `"operatorsVolunteers" int, "fundingNote" text, feedback text, innovation text, sustainability text, "sustainabilityNote" text, ` +
    `status text, "entityId" int, "searchExtra" text, "publishedAt" text, ` +
    `"resourcesNeeded" text, difficulties text, "replicationAdvice" text, "publicContact" text`,
);

function columns(c: Computed, publishedAt: Date | null) {
  const fields = practiceFields(c.row.draft as PracticeDraft, c.entity.id);
  return {
    ...fields,
    startDate: c.row.draft.startDate,
    searchExtra: searchExtraOf(c.entity, c.terms),
    publishedAt: publishedAt?.toISOString() ?? null,
  };
}
