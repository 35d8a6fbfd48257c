import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { itemAt } from "@/lib/item-at";
import { saveImportJob, type ImportFile } from "@/lib/import/analyse";
import { commitImportJob } from "@/lib/import/apply";
import { practicesCsv, toCsv } from "@/lib/open-data/csv";
import { practiceExport } from "@/lib/open-data/export-file";
import { practiceRecord } from "@/lib/open-data/record";
import { emptyFilters } from "@/lib/practices/search-params";
import { formValuesFromSnapshot, type FormValues } from "@/lib/practices/form-values";
import { practiceRelations, savePractice } from "@/lib/practices/mutations";
import { REQUIRED_FIELDS } from "@/lib/practices/practice-fields";
import { practiceInputSchema } from "@/lib/practices/practice-input";
import { loadReference } from "@/lib/practices/reference";
import { diffSnapshots, snapshotOf, type PracticeSnapshot } from "@/lib/practices/snapshot";
import { analyseImport } from "@/lib/import/analyse";
import { fixture, snapshotCatalogue } from "../fixtures/import/fixture-files";

// Editors never lose work to an import: a file updates what it says and nothing else, shows
// each change before → after, and asks for a tick where it clears values, changes a status or
// would undo an edit made after the file was exported. The sheets are drafts or archived, so
// the published catalogue other tests count is untouched.

type Row = Record<string, unknown>;

let restore: () => Promise<void>;
beforeAll(async () => {
  restore = await snapshotCatalogue();
});
afterAll(async () => {
  await restore();
  await db.$disconnect();
});

/** The first sheet of the fixtures — start date, operators, funding, channels, sustainability — under another code. */
function fullRow(code: string): Row {
  const [first] = JSON.parse(new TextDecoder().decode(fixture("valid.json").bytes)) as Row[];
  return { ...first, codice: code, note_sostenibilita: "Il Comune ha già stanziato i fondi per il 2021." };
}

const jsonFile = (rows: Row[]): ImportFile => ({
  name: "schede.json",
  bytes: new TextEncoder().encode(JSON.stringify(rows)),
});

/** As a spreadsheet holds the rows: lists as `a|b` cells. */
const csvFile = (columns: string[], rows: Row[]): ImportFile => ({
  name: "schede.csv",
  bytes: new TextEncoder().encode(
    toCsv(
      columns,
      rows.map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([key, value]) => [key, Array.isArray(value) ? value.join("|") : value]),
        ),
      ) as Record<string, string>[],
    ),
  ),
});

async function preview(file: ImportFile, clearBlanks = false) {
  const analysis = await analyseImport(db, await loadReference(), file, { clearBlanks });
  expect(analysis.summary.problems).toEqual([]);
  const job = await saveImportJob(db, analysis, null);
  return {
    summary: analysis.summary,
    commit: (confirmed: number[] = []) => commitImportJob(db, job.id, null, confirmed),
  };
}

async function create(code: string) {
  const { commit } = await preview(jsonFile([fullRow(code)]));
  await commit();
}

const sheet = (code: string) =>
  db.practice.findUniqueOrThrow({ where: { code }, include: { ...practiceRelations, revisions: true } });

/** The edit form's path: the form's values (as the browser sends them), its schema, savePractice. */
async function saveViaForm(code: string, edit: (values: FormValues) => void) {
  const current = await sheet(code);
  const values = formValuesFromSnapshot(snapshotOf(current));
  edit(values);
  const draft = practiceInputSchema(await loadReference()).parse(values);
  const outcome = await db.$transaction((tx) =>
    savePractice(tx, draft, { userId: null, source: "FORM" }, current.version),
  );
  expect(outcome.outcome).toBe("updated");
}

describe("a file updates what it says", () => {
  it("a file with only the required columns changes the title and leaves every other field intact", async () => {
    await create("IMP-PART-01");
    const before = await sheet("IMP-PART-01");
    const row = { ...fullRow("IMP-PART-01"), titolo: "Spesa e farmaci a casa degli anziani di Forlì" };
    const { summary, commit } = await preview(csvFile(REQUIRED_FIELDS, [row]));

    expect(summary.counts).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(itemAt(summary.rows, 0).changes).toEqual([
      {
        field: "title",
        label: "Titolo",
        before: "Spesa e farmaci a domicilio per gli anziani di Forlì",
        after: "Spesa e farmaci a casa degli anziani di Forlì",
      },
    ]);
    expect(itemAt(summary.rows, 0).flags).toEqual([]);
    await commit();

    const after = await sheet("IMP-PART-01");
    expect(after.title).toBe("Spesa e farmaci a casa degli anziani di Forlì");
    expect(snapshotOf(after)).toEqual({ ...snapshotOf(before), title: after.title });
    expect(after.startDate?.toISOString().slice(0, 10)).toBe("2020-03-16");
    expect([after.operatorsTotal, after.sustainability, after.sustainabilityNote]).toEqual([
      24,
      "CONTINUA",
      "Il Comune ha già stanziato i fondi per il 2021.",
    ]);
  });

  it("a key one JSON object leaves out says nothing, even when empty cells clear fields", async () => {
    await create("IMP-PART-09");
    await create("IMP-PART-10");
    // A producer that omits empty fields: the second object has no «note_sostenibilita» key at all.
    const { note_sostenibilita: _omitted, ...withoutNote } = fullRow("IMP-PART-10");
    const file = jsonFile([{ ...fullRow("IMP-PART-09"), note_sostenibilita: "" }, withoutNote]);
    const { summary } = await preview(file, true);
    expect(summary.rows.map((row) => [row.code, row.outcome])).toEqual([
      ["IMP-PART-09", "updated"],
      ["IMP-PART-10", "unchanged"],
    ]);
    expect(itemAt(summary.rows, 0).changes?.map((c) => [c.label, c.after])).toEqual([
      ["Note sulla sostenibilità", "—"],
    ]);
  });

  it("empty cells leave fields as they are, unless the editor chose that they clear them", async () => {
    await create("IMP-PART-02");
    const blanked = {
      ...fullRow("IMP-PART-02"),
      data_avvio: "",
      operatori_totale: "",
      operatori_interni: "",
      operatori_volontari: "",
      canali: "",
      note_sostenibilita: "",
    };
    const kept = await preview(jsonFile([blanked]));
    expect(kept.summary.counts).toEqual({ created: 0, updated: 0, unchanged: 1 });

    const cleared = await preview(jsonFile([blanked]), true);
    expect(cleared.summary.clearBlanks).toBe(true);
    expect(cleared.summary.counts).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(itemAt(cleared.summary.rows, 0).changes?.map((c) => [c.label, c.after])).toEqual([
      ["Data di avvio", "—"],
      ["Operatori coinvolti (totale)", "—"],
      ["di cui personale del servizio", "—"],
      ["di cui volontari", "—"],
      ["Canali di comunicazione", "—"],
      ["Note sulla sostenibilità", "—"],
    ]);
    expect(itemAt(cleared.summary.rows, 0).flags?.map((f) => f.kind)).toEqual(["cleared"]);

    // A row that clears values is written only once ticked.
    await expect(cleared.commit()).rejects.toThrow(/riga segnalata 1 \(IMP-PART-02\) va confermata/);
    expect((await sheet("IMP-PART-02")).version).toBe(1);
    await cleared.commit([1]);
    const after = await sheet("IMP-PART-02");
    expect([after.startDate, after.operatorsTotal, after.sustainabilityNote]).toEqual([null, null, null]);
    expect(snapshotOf(after).terms.CHANNEL).toEqual([]);
  });

  it("an empty stato keeps an archived sheet archived and its note; a stato that changes it is flagged", async () => {
    await create("IMP-PART-03");
    await saveViaForm("IMP-PART-03", (values) => {
      values.stato = "archiviata";
      values.note_finanziamento = "Nota aggiunta dalla redazione dopo l'archiviazione.";
    });
    // The original file, its stato cell empty: nothing to do.
    const original = await preview(jsonFile([{ ...fullRow("IMP-PART-03"), stato: "" }]));
    expect(original.summary.counts).toEqual({ created: 0, updated: 0, unchanged: 1 });

    const retitled = await preview(
      jsonFile([{ ...fullRow("IMP-PART-03"), stato: "", titolo: "Spesa e farmaci per gli anziani soli di Forlì" }]),
    );
    await retitled.commit();
    const after = await sheet("IMP-PART-03");
    expect([after.status, after.fundingNote, after.title]).toEqual([
      "ARCHIVED",
      "Nota aggiunta dalla redazione dopo l'archiviazione.",
      "Spesa e farmaci per gli anziani soli di Forlì",
    ]);

    const republished = await preview(jsonFile([{ ...fullRow("IMP-PART-03"), stato: "pubblicata" }]));
    const flags = itemAt(republished.summary.rows, 0).flags ?? [];
    expect(flags.map((f) => f.kind)).toContain("status");
    expect(flags.find((f) => f.kind === "status")?.message).toBe("Cambia lo stato: Archiviata → Pubblicata.");
    await expect(republished.commit()).rejects.toThrow("va confermata");
    expect((await sheet("IMP-PART-03")).status).toBe("ARCHIVED");
  });
});

describe("a stale file", () => {
  it("our export carries version and date: a sheet edited after the export is flagged and needs a tick", async () => {
    await create("IMP-PART-04");
    const exported = await sheet("IMP-PART-04");
    // As the public CSV export writes it (only published sheets are exported; the status cell is
    // emptied here so this draft stays a draft).
    const csv = practicesCsv([practiceRecord(exported, "http://localhost", new Map())], "punto-e-virgola").replace(
      /;pubblicata;/,
      ";;",
    );
    expect(csv.split("\r\n")[0]).toMatch(/;aggiornata_il;.*;versione$/);
    const exportFile = (text: string): ImportFile => ({ name: "export.csv", bytes: new TextEncoder().encode(text) });

    // Re-imported as it is: nothing changes.
    expect((await preview(exportFile(csv))).summary.counts).toEqual({ created: 0, updated: 0, unchanged: 1 });

    await saveViaForm("IMP-PART-04", (values) => (values.sintesi = "Sintesi corretta dalla redazione dopo l'export."));
    // The old export, with a corrected title: it would also undo the later summary.
    const stale = await preview(exportFile(csv.replace("per gli anziani di Forlì", "per gli anziani soli di Forlì")));
    const row = itemAt(stale.summary.rows, 0);
    expect(row.changes?.map((c) => c.label)).toEqual(["Titolo", "Sintesi"]);
    expect(row.flags).toEqual([
      {
        kind: "stale",
        message: expect.stringMatching(
          /^La scheda è stata modificata il .* \(versione 2\), dopo l'esportazione del file \(versione 1\)\.$/,
        ),
      },
    ]);
    await expect(stale.commit()).rejects.toThrow("va confermata");
    expect((await sheet("IMP-PART-04")).summary).toBe("Sintesi corretta dalla redazione dopo l'export.");
    await stale.commit([row.row]);
    expect((await sheet("IMP-PART-04")).version).toBe(3);
  });

  it("our JSON download reads back too: unchanged as it is, flagged once the sheet was edited after it", async () => {
    await create("IMP-PART-09");
    const download = practiceExport(
      emptyFilters(),
      [practiceRecord(await sheet("IMP-PART-09"), "http://localhost", new Map())],
      "http://localhost",
    );
    const file = (): ImportFile => ({
      name: "pratiche.json",
      bytes: new TextEncoder().encode(JSON.stringify(download)),
    });
    expect((await preview(file())).summary.counts).toEqual({ created: 0, updated: 0, unchanged: 1 });

    await saveViaForm("IMP-PART-09", (values) => (values.riscontri = "Riscontri aggiunti dopo il download."));
    itemAt(download.pratiche, 0).titolo = "Spesa e farmaci a domicilio per gli anziani soli di Forlì";
    const row = itemAt((await preview(file())).summary.rows, 0);
    expect(row.changes?.map((c) => c.label)).toEqual(["Titolo", "Riscontri di operatori e cittadini"]);
    expect(row.flags?.map((f) => f.kind)).toEqual(["stale"]);
  });

  it("a file without version is compared by content: bringing back an earlier value is flagged", async () => {
    await create("IMP-PART-05");
    await saveViaForm("IMP-PART-05", (values) => (values.titolo = "Spesa e farmaci a domicilio, Forlì"));
    const original = await preview(jsonFile([fullRow("IMP-PART-05")]));
    expect(itemAt(original.summary.rows, 0).flags).toEqual([
      {
        kind: "stale",
        message: expect.stringMatching(
          /^Il file riporta Titolo com'era nella versione 1: la scheda è stata poi modificata/,
        ),
      },
    ]);
    await expect(original.commit()).rejects.toThrow("va confermata");
  });
});

describe("one normalisation for forms and imports", () => {
  it("text saved from the form with CRLF, trailing spaces and decomposed accents re-imports as unchanged", async () => {
    await create("IMP-PART-06");
    const row = fullRow("IMP-PART-06");
    const title = "Spesa e farmaci a domicilio per gli anziani di Forlì (più consegne)";
    await saveViaForm("IMP-PART-06", (values) => {
      values.titolo = `${title.normalize("NFD")}  `;
      // What a browser sends from a textarea: CRLF line ends.
      values.descrizione = String(row.descrizione).replaceAll("\n", "  \r\n");
    });
    const saved = await sheet("IMP-PART-06");
    expect(saved.title).toBe(title);
    expect(saved.description).toBe(row.descrizione);
    // History shows only what changed.
    const [v1, v2] = [...saved.revisions]
      .sort((a, b) => a.version - b.version)
      .map((r) => r.snapshot as unknown as PracticeSnapshot);
    expect(diffSnapshots(v1!, v2!).map((c) => c.field)).toEqual(["title"]);

    const again = await preview(jsonFile([{ ...row, titolo: title }]));
    expect(again.summary.counts).toEqual({ created: 0, updated: 0, unchanged: 1 });
  });

  it("a spreadsheet's CRLF, trailing spaces and decomposed accents match the stored text: nothing to update", async () => {
    await create("IMP-PART-10");
    // As a spreadsheet holds it: lists as `a|b` cells.
    const row = Object.fromEntries(
      Object.entries(fullRow("IMP-PART-10")).map(([key, value]) => [
        key,
        Array.isArray(value) ? value.join("|") : value,
      ]),
    );
    const columns = Object.keys(row);
    const windows = {
      ...row,
      titolo: `${String(row.titolo).normalize("NFD")}   `,
      descrizione: String(row.descrizione).replaceAll("\n", " \r\n").normalize("NFD"),
      riscontri: `${String(row.riscontri)}\t`,
    };
    const again = await preview(csvFile(columns, [windows]));
    expect(again.summary.counts).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(itemAt(again.summary.rows, 0).changes).toBeUndefined();
  });
});

describe("what an update cannot do", () => {
  it("a value the file says is checked like any other; a field it clears that a sheet needs is refused", async () => {
    await create("IMP-PART-11");
    const reference = await loadReference();
    const badDate = await analyseImport(
      db,
      reference,
      jsonFile(
        [{ codice: "IMP-PART-11", titolo: "Spesa e farmaci a domicilio", data_avvio: "31/02/2020" }].map((r) => ({
          ...fullRow("IMP-PART-11"),
          ...r,
        })),
      ),
    );
    expect(badDate.summary.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [1, "data_avvio", "Data di avvio: «31/02/2020» non è una data valida (AAAA-MM-GG o GG/MM/AAAA)."],
    ]);
    // Clearing every area (checked once merged with the sheet, on the request thread).
    const noArea = await analyseImport(db, reference, jsonFile([{ ...fullRow("IMP-PART-11"), aree_utenza: "" }]), {
      clearBlanks: true,
    });
    expect(noArea.summary.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [1, "aree_utenza", "Aree di utenza: indica almeno un'area."],
    ]);
    // Staff and volunteers said, the total left as it is (24): more than it, refused once merged.
    const csvRow = {
      codice: "IMP-PART-11",
      titolo: "",
      sintesi: "",
      descrizione: "",
      tipo_servizio: "",
      aree_utenza: "",
      ente_nome: "",
      ente_tipo: "",
      regione: "",
      operatori_interni: "20",
      operatori_volontari: "20",
    };
    const over = await analyseImport(db, reference, csvFile(Object.keys(csvRow), [csvRow]));
    expect(over.summary.problems.map((p) => [p.row, p.column, p.letter, p.message])).toEqual([
      [
        2,
        "operatori_totale",
        undefined,
        "Operatori coinvolti: il totale è minore della somma di personale e volontari.",
      ],
    ]);
    expect((await sheet("IMP-PART-11")).version).toBe(1);
  });
});

describe("ISTAT codes", () => {
  const torino = (code: unknown, sheetCode = "IMP-PART-07"): Row => ({
    ...fullRow(sheetCode),
    ente_nome: "Comune di Torino",
    ente_codice_istat: code,
    regione: "Piemonte",
    provincia: "Torino",
  });

  it("a code that lost its leading zeros in a spreadsheet is padded when it is a real comune", async () => {
    const analysis = await analyseImport(db, await loadReference(), jsonFile([torino(1272)]));
    expect(analysis.summary.problems).toEqual([]);
    expect(itemAt(analysis.rows, 0).draft.entity).toMatchObject({ istatCode: "001272", name: "Comune di Torino" });
  });

  it("a code that is no comune even padded is refused, with the value read", async () => {
    const analysis = await analyseImport(
      db,
      await loadReference(),
      jsonFile([torino("99999"), torino("12-72", "IMP-PART-08")]),
    );
    expect(analysis.summary.problems.map((p) => p.message)).toEqual([
      'Codice ISTAT "99999": ha meno di 6 cifre, e nemmeno 099999 (con gli zeri iniziali) è il codice di un comune.',
      'Codice ISTAT "12-72": servono 6 cifre (per esempio 001272 per Torino).',
    ]);
  });
});
