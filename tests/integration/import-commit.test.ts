import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { saveImportJob, type ImportFile } from "@/lib/import/analyse";
import { commitImportJob, flaggedRows, ImportRejectedError } from "@/lib/import/apply";
import { removeSampleSheets } from "@/lib/import/samples";
import { itemAt } from "@/lib/item-at";
import { addTerm, deleteTerm, mergeTerms } from "@/lib/vocabularies/term-changes";
import { analyse, fixture, snapshotCatalogue } from "../fixtures/import/fixture-files";

// Commit: all rows in one transaction, as real sheets recorded with their import; idempotent;
// refused when the catalogue changed since the preview. The fixtures are drafts, so the 240
// published sheets other tests count stay as they are.

const CODES = ["IMP-TEST-001", "IMP-TEST-002", "IMP-TEST-003"];

let restore: () => Promise<void>;
beforeAll(async () => {
  restore = await snapshotCatalogue();
});
afterAll(async () => {
  await restore();
  await db.$disconnect();
});

async function importFile(file: ImportFile) {
  const analysis = await analyse(file);
  const job = await saveImportJob(db, analysis, null);
  return {
    analysis,
    job,
    commit: (confirmed: number[] = []) => commitImportJob(db, job.id, null, confirmed),
  };
}

function editedJson(edit: (sheets: Record<string, unknown>[]) => void): ImportFile {
  const sheets = JSON.parse(new TextDecoder().decode(fixture("valid.json").bytes));
  edit(sheets);
  return { name: "modificato.json", bytes: new TextEncoder().encode(JSON.stringify(sheets)) };
}

const sheetsOfFixtures = () =>
  db.practice.findMany({
    where: { code: { in: CODES } },
    orderBy: { code: "asc" },
    include: { revisions: true, entity: true },
  });

describe("commit", () => {
  it("writes every row as a real sheet, with a revision pointing to the import", async () => {
    const { job, commit } = await importFile(fixture("valid-windows-1252.csv"));
    expect(job.status).toBe("PREVIEW");
    expect((await commit()).rows.map((row) => row.outcome)).toEqual(["created", "created", "created"]);

    const sheets = await sheetsOfFixtures();
    expect(sheets.map((s) => [s.code, s.isSample, s.status, s.version])).toEqual(
      CODES.map((code) => [code, false, "DRAFT", 1]),
    );
    expect(sheets[0]?.title).toBe("Spesa e farmaci a domicilio per gli anziani di Forlì");
    expect(sheets[0]?.entity).toMatchObject({ name: "Comune di Forlì", isSample: false });
    expect(sheets[1]?.fundingNote).toBe("=50% fondi regionali e 50% fondi dell'ambito");
    for (const sheet of sheets)
      expect(sheet.revisions).toMatchObject([{ source: "IMPORT", importJobId: job.id, version: 1 }]);
    expect(
      await db.importJob.findUnique({ where: { id: job.id }, select: { status: true, committedAt: true } }),
    ).toMatchObject({ status: "COMMITTED", committedAt: expect.any(Date) });
  });

  it("refuses to commit the same job twice", async () => {
    const last = await db.importJob.findFirstOrThrow({ where: { status: "COMMITTED" }, orderBy: { id: "desc" } });
    await expect(commitImportJob(db, last.id, null)).rejects.toThrow("già stato importato");
  });

  it.each(["valid.xlsx", "valid-utf8.csv", "valid.json"])(
    "re-importing the same sheets (%s) changes nothing",
    async (name) => {
      const before = await sheetsOfFixtures();
      const { analysis, commit } = await importFile(fixture(name));
      expect(analysis.summary.counts).toEqual({ created: 0, updated: 0, unchanged: 3 });
      expect((await commit()).rows.map((row) => row.outcome)).toEqual(["unchanged", "unchanged", "unchanged"]);
      expect(await sheetsOfFixtures()).toEqual(before);
    },
  );

  it("updates only the rows that changed", async () => {
    const { analysis, commit } = await importFile(
      editedJson((sheets) => (itemAt(sheets, 1).titolo = "Sostegno psicologico al telefono nell'Alto Tevere")),
    );
    expect(analysis.summary.rows.map((row) => [row.code, row.outcome])).toEqual([
      ["IMP-TEST-001", "unchanged"],
      ["IMP-TEST-002", "updated"],
      ["IMP-TEST-003", "unchanged"],
    ]);
    await commit();
    const sheets = await sheetsOfFixtures();
    expect(sheets.map((s) => s.version)).toEqual([1, 2, 1]);
    expect(sheets[1]?.title).toBe("Sostegno psicologico al telefono nell'Alto Tevere");
  });

  it("refuses a preview made stale by a later import, writing nothing and marking it failed", async () => {
    const stale = await importFile(
      editedJson((sheets) => (itemAt(sheets, 0).sintesi = "Una sintesi che non verrà mai scritta nel catalogo.")),
    );
    const newer = await importFile(
      editedJson((sheets) => (itemAt(sheets, 0).sintesi = "Una sintesi più recente, importata prima dell'altra.")),
    );
    // valid.json brings back the title the test above changed: flagged, so ticked here.
    expect(flaggedRows(newer.analysis.summary.rows).map((row) => row.row)).toEqual([2]);
    await newer.commit([2]);
    await expect(stale.commit([2])).rejects.toThrow(
      /Il catalogo è cambiato dopo l'anteprima \(a partire dalla riga 1\)/,
    );
    expect((await sheetsOfFixtures())[0]?.summary).toBe("Una sintesi più recente, importata prima dell'altra.");
    expect(await db.importJob.findUnique({ where: { id: stale.job.id }, select: { status: true } })).toEqual({
      status: "FAILED",
    });
  });

  it("reads a value merged away after the preview as the value it became, and refuses one deleted since", async () => {
    const label = (what: string) => ({ label: `Voce ${what} dopo l'anteprima ${process.pid}`, description: null });
    const [gone, kept, dropped] = await db.$transaction(async (tx) => [
      await addTerm(tx, "AREA", label("unita")),
      await addTerm(tx, "AREA", label("che resta")),
      await addTerm(tx, "AREA", label("tolta")),
    ]);
    const oneSheet = (code: string, area: string) =>
      importFile(
        editedJson((sheets) => {
          sheets.splice(1);
          Object.assign(itemAt(sheets, 0), { codice: code, aree_utenza: area });
        }),
      );
    try {
      const merged = await oneSheet("IMP-MERGED-1", gone.slug);
      const deleted = await oneSheet("IMP-MERGED-2", dropped.slug);
      await db.$transaction((tx) => mergeTerms(tx, gone.id, kept.id));
      await db.$transaction((tx) => deleteTerm(tx, dropped.id));

      await merged.commit();
      const sheet = await db.practice.findUniqueOrThrow({
        where: { code: "IMP-MERGED-1" },
        include: { terms: { include: { term: true } } },
      });
      const areas = sheet.terms.filter((link) => link.term.vocabulary === "AREA").map((link) => link.term.slug);
      expect(areas).toEqual([kept.slug]);

      await expect(deleted.commit()).rejects.toThrow(
        `Riga 1: il valore «${dropped.slug}» è stato tolto dal suo vocabolario dopo l'anteprima`,
      );
      expect(await db.practice.count({ where: { code: "IMP-MERGED-2" } })).toBe(0);
    } finally {
      await db.practice.deleteMany({ where: { code: { startsWith: "IMP-MERGED-" } } });
      await db.term.deleteMany({ where: { id: { in: [gone.id, kept.id, dropped.id] } } });
    }
  });

  it("writes all rows or none: a row that fails in the database rolls back the others", async () => {
    const { job, commit } = await importFile(
      editedJson((sheets) => sheets.forEach((sheet, i) => (sheet.codice = `IMP-ROLLBACK-${i}`))),
    );
    // Corrupt the stored payload so the third row fails at write time, after two were written.
    const payload = (await db.importJob.findUniqueOrThrow({ where: { id: job.id } })).payload as {
      rows: { draft: { entity: unknown } }[];
    };
    itemAt(payload.rows, 2).draft.entity = { id: 999_999_999 };
    await db.importJob.update({
      where: { id: job.id },
      data: { payload: payload as unknown as Prisma.InputJsonValue },
    });
    await expect(commit()).rejects.toThrow("Ente 999999999 inesistente");
    expect(await db.practice.count({ where: { code: { startsWith: "IMP-ROLLBACK-" } } })).toBe(0);
    expect(await db.importJob.findUnique({ where: { id: job.id }, select: { status: true } })).toEqual({
      status: "PREVIEW",
    });
  });
});

describe("removing the illustrative sheets", () => {
  class Rollback extends Error {}

  it("is refused while no real sheet is published", async () => {
    await expect(db.$transaction((tx) => removeSampleSheets(tx))).rejects.toBeInstanceOf(ImportRejectedError);
    expect(await db.practice.count({ where: { isSample: true } })).toBe(240);
  });

  it("deletes every illustrative sheet and the illustrative entities left without sheets", async () => {
    const sampleEntities = await db.entity.count({ where: { isSample: true } });
    await expect(
      db.$transaction(
        async (tx) => {
          await tx.practice.update({ where: { code: "IMP-TEST-001" }, data: { status: "PUBLISHED" } });
          // A real sheet of an illustrative entity keeps that entity.
          const kept = await tx.entity.findFirstOrThrow({ where: { isSample: true } });
          await tx.practice.update({ where: { code: "IMP-TEST-003" }, data: { entityId: kept.id } });
          const removed = await removeSampleSheets(tx);
          expect(removed).toMatchObject({ practices: 240, entities: sampleEntities - 1 });
          expect(removed.slugs).toHaveLength(240);
          expect(await tx.practice.count({ where: { isSample: true } })).toBe(0);
          expect(await tx.practice.count({ where: { code: { in: CODES } } })).toBe(3);
          expect(await tx.entity.findMany({ where: { isSample: true }, select: { id: true } })).toEqual([
            { id: kept.id },
          ]);
          throw new Rollback();
        },
        { timeout: 60_000 },
      ),
    ).rejects.toBeInstanceOf(Rollback);
    expect(await db.practice.count({ where: { isSample: true } })).toBe(240);
  });
});
