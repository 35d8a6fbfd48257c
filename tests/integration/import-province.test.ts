import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { analyseImport, saveImportJob, type ImportFile } from "@/lib/import/analyse";
import { commitImportJob } from "@/lib/import/apply";
import { getImportJob } from "@/lib/import/queries";
import { itemAt } from "@/lib/item-at";
import { loadReference } from "@/lib/practices/reference";
import { fixture, snapshotCatalogue } from "../fixtures/import/fixture-files";

// `provincia` belongs to the entity, which many sheets share: an import sets it only for an
// entity it creates, as the edit form does, and never changes an existing entity's (that is done
// on the entity's page, for all its sheets). A file that says another province for such an entity
// is not silently ignored: the preview says, on the row, that it is not applied, and why.

type Row = Record<string, unknown>;

let restore: () => Promise<void>;
beforeAll(async () => {
  restore = await snapshotCatalogue();
});
afterAll(async () => {
  await restore();
  await db.$disconnect();
});

/** The first sheet of the fixtures (Comune di Forlì, ISTAT 040012), a draft, under another code. */
function row(code: string, changes: Row = {}): Row {
  const [first] = JSON.parse(new TextDecoder().decode(fixture("valid.json").bytes)) as Row[];
  return { ...first, codice: code, stato: "bozza", ...changes };
}

const jsonFile = (rows: Row[]): ImportFile => ({
  name: "schede.json",
  bytes: new TextEncoder().encode(JSON.stringify(rows)),
});

async function preview(rows: Row[]) {
  const analysis = await analyseImport(db, await loadReference(), jsonFile(rows));
  expect(analysis.summary.problems).toEqual([]);
  const job = await saveImportJob(db, analysis, null);
  return { summary: analysis.summary, jobId: job.id, commit: () => commitImportJob(db, job.id, null) };
}

const NOT_APPLIED = (entity: string, current: string, stated: string) =>
  `Provincia non applicata: il file indica «${stated}», ma la provincia appartiene all'ente «${entity}» (ora ${current}), che l'importazione non modifica. Se va corretta, correggila nella pagina dell'ente (Enti): vale per tutte le sue schede.`;

const provinceOf = async (code: string) =>
  (await db.practice.findUniqueOrThrow({ where: { code }, include: { entity: true } })).entity.province;

describe("provincia", () => {
  it("of an existing sheet's entity is not changed, and the preview says so on the row", async () => {
    await (await preview([row("IMP-PROV-01")])).commit();
    expect(await provinceOf("IMP-PROV-01")).toBe("Forlì-Cesena");

    const { summary, jobId, commit } = await preview([row("IMP-PROV-01", { provincia: "Rimini" })]);
    expect(summary.counts).toEqual({ created: 0, updated: 0, unchanged: 1 });
    const note = NOT_APPLIED("Comune di Forlì", "«Forlì-Cesena»", "Rimini");
    expect(itemAt(summary.rows, 0).notes).toEqual([note]);
    // As the preview page reads it back from the job.
    expect(itemAt((await getImportJob(jobId))!.summary.rows, 0).notes).toEqual([note]);
    await commit();
    expect(await provinceOf("IMP-PROV-01")).toBe("Forlì-Cesena");
  });

  it("is noted beside the other changes of an updated sheet", async () => {
    const { summary } = await preview([
      row("IMP-PROV-01", { provincia: "Rimini", titolo: "Spesa e farmaci a casa degli anziani di Forlì" }),
    ]);
    expect(itemAt(summary.rows, 0)).toMatchObject({
      outcome: "updated",
      changes: [expect.objectContaining({ field: "title" })],
      flags: [],
      notes: [NOT_APPLIED("Comune di Forlì", "«Forlì-Cesena»", "Rimini")],
    });
  });

  it("of a new sheet for an entity already in the catalogue is the entity's, and the preview says so", async () => {
    const { summary } = await preview([row("IMP-PROV-02", { provincia: "Rimini" })]);
    expect(itemAt(summary.rows, 0)).toMatchObject({
      outcome: "created",
      notes: [NOT_APPLIED("Comune di Forlì", "«Forlì-Cesena»", "Rimini")],
    });
  });

  it("is not noted when it is the entity's, written in another case or without accents, or left empty", async () => {
    const { summary } = await preview([
      row("IMP-PROV-01", { provincia: "forli-cesena" }),
      row("IMP-PROV-03", { provincia: "" }),
    ]);
    expect(summary.rows.map((outcome) => outcome.notes)).toEqual([undefined, undefined]);
  });

  it("is applied to an entity the import creates", async () => {
    const { summary, commit } = await preview([
      row("IMP-PROV-04", { ente_nome: "Unione dei comuni della Valle del Savio", ente_tipo: "unione" }),
    ]);
    expect(itemAt(summary.rows, 0).notes).toBeUndefined();
    await commit();
    expect(await provinceOf("IMP-PROV-04")).toBe("Forlì-Cesena");
  });
});

// The same rule for `ente_codice_istat`: a code for an entity that has none, in a row naming that
// entity otherwise alike, does not make another entity of the same comune; the row stays on it.
describe("codice ISTAT", () => {
  const ENTITY = "Comune di Prova Senza Codice";
  const CODE_NOT_APPLIED = `Codice ISTAT non applicato: il file indica «040007», ma il codice appartiene all'ente «${ENTITY}» (ora senza codice), che l'importazione non modifica. Se va corretto, correggilo nella pagina dell'ente (Enti): vale per tutte le sue schede.`;
  const entityOf = async (code: string) =>
    (await db.practice.findUniqueOrThrow({ where: { code }, include: { entity: true } })).entity;
  const sameName = () => db.entity.count({ where: { name: ENTITY } });

  it("for an existing sheet's entity without one is not applied, and the sheet keeps its entity", async () => {
    await (await preview([row("IMP-ISTAT-01", { ente_nome: ENTITY, ente_codice_istat: "", provincia: "" })])).commit();
    const entity = await entityOf("IMP-ISTAT-01");
    expect(entity).toMatchObject({ name: ENTITY, istatCode: null });

    const { summary, commit } = await preview([
      row("IMP-ISTAT-01", { ente_nome: ENTITY, ente_codice_istat: "040007", provincia: "" }),
    ]);
    expect(itemAt(summary.rows, 0)).toMatchObject({ outcome: "unchanged", notes: [CODE_NOT_APPLIED] });
    await commit();
    expect((await entityOf("IMP-ISTAT-01")).id).toBe(entity.id);
    expect(await sameName()).toBe(1);
  });

  it("of a new sheet joins the entity of that name without a code, and the preview says so", async () => {
    const { summary, commit } = await preview([
      row("IMP-ISTAT-02", { ente_nome: ENTITY, ente_codice_istat: "040007", provincia: "" }),
    ]);
    expect(itemAt(summary.rows, 0)).toMatchObject({ outcome: "created", notes: [CODE_NOT_APPLIED] });
    await commit();
    expect(await entityOf("IMP-ISTAT-02")).toMatchObject({ name: ENTITY, istatCode: null });
    expect(await sameName()).toBe(1);
  });
});
