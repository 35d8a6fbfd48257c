import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { planRows, writeRows } from "@/lib/import/apply-batch";
import type { ImportRow } from "@/lib/import/validate-rows";
import { itemAt } from "@/lib/item-at";
import { draftFromSnapshot, practiceRelations, savePractice, type SaveActor } from "@/lib/practices/mutations";
import type { PracticeDraft } from "@/lib/practices/practice-input";
import { snapshotOf } from "@/lib/practices/snapshot";

// The import writes a whole file at once (apply-batch.ts); the edit form writes one sheet with
// savePractice. On the same rows both must leave the same catalogue: sheets, slugs, entities
// found or created, terms, search columns kept by the triggers, versions, baseline and import
// revisions. Each path runs in a transaction that is rolled back, so the database stays as seeded.

afterAll(async () => {
  await db.$disconnect();
});

type Tx = Prisma.TransactionClient;
const ACTOR: SaveActor = { userId: null, source: "IMPORT", importJobId: null };
class Rollback extends Error {
  constructor(readonly value: unknown) {
    super("rollback");
  }
}

async function rolledBack<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    await db.$transaction(
      async (tx) => {
        throw new Rollback(await work(tx));
      },
      { timeout: 120_000 },
    );
  } catch (error) {
    if (error instanceof Rollback) return error.value as T;
    throw error;
  }
  throw new Error("unreachable");
}

async function scenario(): Promise<{ rows: ImportRow[]; codes: string[] }> {
  const samples = await db.practice.findMany({
    where: { code: { startsWith: "ESEMPIO-" } },
    orderBy: { code: "asc" },
    take: 4,
    include: practiceRelations,
  });
  const [toUpdate, toKeep, toUnpublish, slugOwner] = [
    itemAt(samples, 0),
    itemAt(samples, 1),
    itemAt(samples, 2),
    itemAt(samples, 3),
  ];
  const regions = await db.region.findMany({ orderBy: { id: "asc" } });
  const areas = await db.term.findMany({ where: { vocabulary: "AREA" }, orderBy: { slug: "asc" } });
  const otherArea = areas.find((area) => !snapshotOf(toUnpublish).terms.AREA.includes(area.slug))!.slug;
  const seededEntity = await db.entity.findFirstOrThrow({
    where: { isSample: true, istatCode: { not: null } },
    orderBy: { id: "asc" },
  });
  const base = (
    code: string,
    title: string,
    entity: PracticeDraft["entity"],
    extra: Partial<PracticeDraft> = {},
  ): PracticeDraft => ({
    code,
    title,
    summary: "Una sintesi abbastanza lunga per la scheda di prova.",
    description: "Una descrizione abbastanza lunga per la scheda di prova del percorso a lotti.",
    startDate: "2020-03-16",
    serviceType: "NUOVO",
    operatorsTotal: 10,
    operatorsStaff: 4,
    operatorsVolunteers: 6,
    fundingNote: null,
    feedback: "Riscontri positivi.",
    innovation: null,
    sustainability: "CONTINUA",
    sustainabilityNote: null,
    resourcesNeeded: null,
    difficulties: null,
    replicationAdvice: null,
    publicContact: null,
    status: "PUBLISHED",
    entity,
    terms: { AREA: ["anziani"], FUNDING: ["fondi-comunali"], TECHNOLOGY: [], NETWORK: [], CHANNEL: ["telefono"] },
    ...extra,
  });
  const comune = (name: string, istatCode: string | null, regionId = 1) => ({
    name,
    kind: "COMUNE" as const,
    istatCode,
    regionId,
    province: null,
  });
  const ambito = (name: string, regionId = itemAt(regions, 3).id) => ({
    name,
    kind: "AMBITO" as const,
    istatCode: null,
    regionId,
    province: null,
  });
  const fromSample = (practice: (typeof samples)[number], edit: Partial<PracticeDraft> = {}): PracticeDraft => ({
    ...draftFromSnapshot(snapshotOf(practice)),
    entity: {
      name: practice.entity.name.toUpperCase(),
      kind: practice.entity.kind,
      istatCode: practice.entity.istatCode,
      regionId: practice.entity.regionId,
      province: null,
    },
    ...edit,
  });
  const drafts: PracticeDraft[] = [
    base("IMP-BATCH-01", "Spesa a domicilio per anziani soli", comune("Comune di Agliè", "001001")),
    // Same ISTAT code, other name: the entity the row above created.
    base("IMP-BATCH-02", "Ascolto telefonico per le famiglie", comune("Agliè", "001001"), { status: "DRAFT" }),
    base("IMP-BATCH-03", "Pasti caldi consegnati dai volontari", ambito("Ambito Batch Uno")),
    // Other case: the entity created above; with `_` or `%`, names are literal: other entities.
    base("IMP-BATCH-04", "Sportello sociale on line", ambito("AMBITO BATCH UNO")),
    base("IMP-BATCH-05", "Consegna farmaci con la protezione civile", ambito("Ambito_Batch Uno")),
    base("IMP-BATCH-06", "Centro diurno a distanza", ambito("Ambito 100% Batch")),
    base("IMP-BATCH-07", "Educativa domiciliare per minori", ambito("ambito 100% batch")),
    // Same title and entity as the first row: the next free slug.
    base("IMP-BATCH-08", "Spesa a domicilio per anziani soli", comune("Comune di Agliè", "001001"), {
      terms: { AREA: ["anziani", "disabili"], FUNDING: [], TECHNOLOGY: [], NETWORK: [], CHANNEL: [] },
    }),
    // An entity of the seed, by ISTAT code, and one by name in another case.
    base("IMP-BATCH-09", "Spesa solidale nel comune", comune(seededEntity.name, seededEntity.istatCode)),
    base("IMP-BATCH-10", "Assistenza ai senza dimora", {
      ...comune(seededEntity.name.toLowerCase(), null, seededEntity.regionId),
    }),
    // A title whose slug a seeded sheet holds.
    base("IMP-BATCH-11", slugOwner.title, { id: slugOwner.entityId }),
    // Seeded sheets (no revision yet): one changed (baseline revision first), one as it is, one unpublished.
    fromSample(toUpdate, {
      title: `${toUpdate.title} (aggiornata)`,
      terms: { ...snapshotOf(toUpdate).terms, AREA: ["anziani", "famiglia-minori"] },
    }),
    draftFromSnapshot(snapshotOf(toKeep)),
    // Unpublished, and one of its areas swapped for another: links removed, added and relinked.
    fromSample(toUnpublish, { status: "DRAFT", terms: { ...snapshotOf(toUnpublish).terms, AREA: [otherArea] } }),
  ];
  return { rows: drafts.map((draft, i) => ({ row: i + 2, draft })), codes: drafts.map((draft) => draft.code) };
}

/** The state of these sheets, with database ids replaced by what identifies them across runs. */
async function catalogueOf(tx: Tx, codes: string[]) {
  return tx.$queryRaw<Record<string, unknown>[]>`
    SELECT p."code", p."slug", p."title", p."summary", p."description", p."startDate"::text AS "startDate", p."serviceType"::text AS "serviceType",
      p."operatorsTotal", p."operatorsStaff", p."operatorsVolunteers", p."fundingNote", p."feedback", p."innovation",
      p."sustainability"::text AS "sustainability", p."sustainabilityNote", p."status"::text AS "status", p."isSample", p."version",
      p."searchExtra", p."searchVector"::text AS "searchVector", p."facetKeys", p."regionId", p."entityKind"::text AS "entityKind",
      p."publishedAt" IS NULL AS "unpublished", CASE WHEN p."isSample" THEN p."publishedAt"::text END AS "keptPublishedAt",
      p."updatedAt" >= p."createdAt" AS "updatedAfterCreated",
      e."slug" AS "entitySlug", e."name" AS "entityName", e."kind"::text AS "kind", e."istatCode", e."regionId" AS "entityRegionId",
      e."province", e."population", e."populationBand"::text AS "populationBand", e."isSample" AS "entityIsSample",
      (SELECT array_agg(t."vocabulary"::text || ':' || t."slug" ORDER BY t."vocabulary", t."slug") FROM "PracticeTerm" pt JOIN "Term" t ON t."id" = pt."termId"
        WHERE pt."practiceId" = p."id") AS "terms",
      (SELECT json_agg(json_build_object(
          'version', r."version", 'source', r."source", 'userId', r."userId", 'importJobId', r."importJobId",
          'snapshot', jsonb_set(r."snapshot", '{entity,id}', to_jsonb((SELECT x."slug" FROM "Entity" x WHERE x."id" = (r."snapshot"->'entity'->>'id')::int))),
          'createdAt', CASE WHEN r."version" < p."version" THEN r."createdAt"::text END) ORDER BY r."version")
        FROM "PracticeRevision" r WHERE r."practiceId" = p."id") AS "revisions"
    FROM "Practice" p JOIN "Entity" e ON e."id" = p."entityId"
    WHERE p."code" = ANY(${codes}::text[])
    ORDER BY p."code"`;
}

describe("the import's batch writes", () => {
  it("leave the catalogue as savePractice row by row does, with the same outcomes", async () => {
    const { rows, codes } = await scenario();
    const single = await rolledBack(async (tx) => {
      const terms = await tx.term.findMany();
      const outcomes = [];
      for (const { draft } of rows) {
        const saved = await savePractice(tx, draft, ACTOR, undefined, terms);
        if (saved.outcome === "conflict") throw new Error("conflict");
        outcomes.push([saved.outcome, saved.version, saved.slug]);
      }
      return { outcomes, catalogue: await catalogueOf(tx, codes) };
    });
    const batch = await rolledBack(async (tx) => {
      const planned = await planRows(tx, rows);
      const written = await writeRows(tx, rows, ACTOR);
      expect(planned.map((p) => [p.outcome, p.version])).toEqual(written.map((w) => [w.outcome, w.version]));
      return { outcomes: written.map((w) => [w.outcome, w.version, w.slug]), catalogue: await catalogueOf(tx, codes) };
    });

    expect(batch.outcomes).toEqual(single.outcomes);
    expect(batch.catalogue).toEqual(single.catalogue);

    // The scenario does exercise what it means to.
    const byCode = new Map(batch.catalogue.map((sheet) => [sheet.code as string, sheet]));
    const sheet = (n: string) => byCode.get(`IMP-BATCH-${n}`)!;
    expect(batch.outcomes.map(([outcome]) => outcome)).toEqual([
      ...Array(11).fill("created"),
      "updated",
      "unchanged",
      "updated",
    ]);
    expect(sheet("02").entitySlug).toBe(sheet("01").entitySlug);
    expect(sheet("04").entitySlug).toBe(sheet("03").entitySlug);
    expect(sheet("05").entitySlug).not.toBe(sheet("03").entitySlug);
    expect(sheet("07").entitySlug).toBe(sheet("06").entitySlug);
    expect(sheet("08").slug).toBe(`${sheet("01").slug}-2`);
    // 09 joined the seed's illustrative entity (a real comune), which a real sheet makes real.
    const joined = await db.entity.findUniqueOrThrow({ where: { slug: sheet("09").entitySlug as string } });
    expect([joined.isSample, sheet("09").entityIsSample]).toEqual([true, false]);
    expect(sheet("10").entitySlug).toBe(sheet("09").entitySlug);
    expect(sheet("11").slug).toMatch(/-2$/);
    const updated = batch.catalogue.find((s) => s.isSample && s.version === 2)!;
    expect(
      (updated.revisions as { source: string; createdAt: string | null }[]).map((r) => [
        r.source,
        r.createdAt !== null,
      ]),
    ).toEqual([
      ["IMPORT", true],
      ["IMPORT", false],
    ]);
  });
});
