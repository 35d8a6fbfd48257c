import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { commitImportJob, ImportRejectedError } from "@/lib/import/apply";
import { saveImportJob } from "@/lib/import/analyse";
import { analyse, fixture, snapshotCatalogue } from "../fixtures/import/fixture-files";

// The import against the seeded database: every valid format reads to the same sheets; a
// commit writes them all as real sheets recorded with their import; re-importing changes
// nothing; a file with problems reports each one by row and column and writes nothing.

const VALID = [
  "valid-utf8.csv",
  "valid-utf8-bom.csv",
  "valid-semicolon.csv",
  "valid-windows-1252.csv",
  "valid.xlsx",
  "valid.json",
];

let restore: () => Promise<void>;
beforeAll(async () => {
  restore = await snapshotCatalogue();
});
afterAll(async () => {
  await restore();
  await db.$disconnect();
});

describe("reading", () => {
  it.each(VALID)("%s reads to the three sheets of the fixtures, ready to create", async (name) => {
    const analysis = await analyse(fixture(name));
    expect(analysis.summary.problems).toEqual([]);
    expect(analysis.summary.counts).toEqual({ created: 3, updated: 0, unchanged: 0 });
    const [forli, tevere] = analysis.rows.map((row) => row.draft);
    expect(forli?.title).toBe("Spesa e farmaci a domicilio per gli anziani di Forlì");
    expect(forli?.description).toContain('\nLe richieste arrivano al numero verde; i volontari, con il "tesserino"');
    expect(forli?.startDate).toBe("2020-03-16");
    expect(forli?.entity).toMatchObject({
      name: "Comune di Forlì",
      kind: "COMUNE",
      istatCode: "040012",
      province: "Forlì-Cesena",
    });
    expect(forli?.terms.AREA).toEqual(["anziani", "disabili"]);
    expect(forli?.terms.FUNDING).toEqual(["fondi-comunali", "fondi-nazionali"]);
    expect(tevere?.fundingNote).toBe("=50% fondi regionali e 50% fondi dell'ambito");
    expect(tevere?.feedback).toBe("- Le persone raggiunte dicono di sentirsi meno sole.");
    expect(analysis.rows.map((row) => row.row)).toEqual(name.endsWith(".json") ? [1, 2, 3] : [2, 3, 4]);
  });

  it("reads every format to identical drafts", async () => {
    const drafts = await Promise.all(
      VALID.map(async (name) => (await analyse(fixture(name))).rows.map((row) => row.draft)),
    );
    for (const other of drafts.slice(1)) expect(other).toEqual(drafts[0]);
  });

  it("says how a CSV was read", async () => {
    expect((await analyse(fixture("valid-windows-1252.csv"))).summary.details).toBe(
      "codifica WINDOWS-1252, separatore «;»",
    );
    expect((await analyse(fixture("valid-utf8.csv"))).summary.details).toBe("codifica UTF-8, separatore «,»");
  });
});

describe("a file with problems", () => {
  it("reports every problem by row and column, and nothing else", async () => {
    const analysis = await analyse(fixture("invalid-rows.csv"));
    expect(analysis.summary.problems.map(({ row, column, letter }) => [row, column, letter])).toEqual([
      [3, "titolo", "B"],
      [3, "descrizione", "D"],
      [4, "aree_utenza", "L"],
      [4, "tecnologie", "M"],
      [5, "codice", "A"],
      [6, "codice", "A"],
      [9, "tipo_servizio", "F"],
      [9, "operatori_totale", "G"],
      [10, "ente_tipo", "V"],
      [10, "regione", "X"],
    ]);
    const messages = analysis.summary.problems.map((p) => p.message);
    expect(messages).toContain("Aree di utenza: «Astronauti» non è tra i valori del vocabolario.");
    expect(messages).toContain(
      "Codice: «IMP-ERR-004» compare anche alla riga 6: ogni scheda deve avere un codice diverso.",
    );
    expect(messages).toContain(
      "Codice: «imp-err-004» compare anche alla riga 5: ogni scheda deve avere un codice diverso.",
    );
    expect(analysis.summary.counts).toEqual({ created: 0, updated: 0, unchanged: 0 });
    expect(analysis.rows).toEqual([]);
  });

  it("is saved as a failed job that cannot be committed, and writes no sheet", async () => {
    const job = await saveImportJob(db, await analyse(fixture("invalid-rows.csv")), null);
    expect(job.status).toBe("FAILED");
    await expect(commitImportJob(db, job.id, null)).rejects.toBeInstanceOf(ImportRejectedError);
    expect(await db.practice.count({ where: { code: { startsWith: "IMP-ERR" } } })).toBe(0);
  });

  it("reports a wrong header at row 1 and skips the rows", async () => {
    const { summary } = await analyse(fixture("bad-header.csv"));
    expect(summary.problems.map(({ row, column, letter }) => [row, column, letter])).toEqual([
      [1, "code", "A"],
      [1, "title", "B"],
      [1, "canale", "O"],
      [1, "codice", undefined],
      [1, "titolo", undefined],
    ]);
  });

  it("refuses a file that is not what its extension says", async () => {
    const { summary } = await analyse(fixture("not-a-workbook.xlsx"));
    expect(summary.problems).toEqual([
      { row: null, column: null, message: expect.stringContaining("non è una cartella di lavoro Excel") },
    ]);
  });
});
