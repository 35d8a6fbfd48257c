import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { PracticeRecord } from "@/lib/api/schemas";
import { CSV_COLUMNS, practicesCsv, separatorFrom, toCsv } from "@/lib/open-data/csv";
import { FIELD_NAMES } from "@/lib/practices/practice-fields";
import fixture from "../fixtures/open-data/formula-injection.json" with { type: "json" };

const coded = (slug: string) => ({ slug, etichetta: slug });

function record(overrides: Partial<PracticeRecord> = {}): PracticeRecord {
  return {
    codice: "OD-1",
    slug: "od-1",
    url: "http://localhost/pratiche/od-1",
    titolo: "Titolo",
    sintesi: "Sintesi",
    descrizione: "Descrizione",
    data_avvio: "2020-03-16",
    tipo_servizio: coded("nuovo"),
    operatori_totale: 12,
    operatori_interni: 4,
    operatori_volontari: -1,
    fonti_finanziamento: [coded("fondi-comunali"), coded("pon-inclusione")],
    note_finanziamento: null,
    aree_utenza: [coded("anziani")],
    tecnologie: [],
    reti: [],
    canali: [coded("telefono")],
    riscontri: null,
    innovazione: null,
    sostenibilita: coded("continua"),
    note_sostenibilita: null,
    risorse_necessarie: null,
    difficolta: null,
    consigli_replica: null,
    contatto_pubblico: null,
    ente: {
      slug: "comune-x",
      nome: "Comune di X",
      tipo: coded("comune"),
      codice_istat: "040012",
      provincia: "Forlì-Cesena",
      popolazione: 1000,
      fascia_popolazione: coded("fino-5000"),
      url: "http://localhost/enti/comune-x",
    },
    regione: {
      slug: "emilia-romagna",
      nome: "Emilia-Romagna",
      codice_istat: "08",
      ripartizione: coded("nord-est"),
      url: "http://localhost/regioni/emilia-romagna",
    },
    illustrativa: true,
    numero_repliche: 2,
    stato_attuale: { stato: coded("prosegue-modificata"), data: "2023-05-10" },
    pubblicata_il: "2020-07-01T08:00:00.000Z",
    aggiornata_il: "2020-07-01T08:00:00.000Z",
    versione: 1,
    ...overrides,
  };
}

const parse = (csv: string, delimiter = ",") =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { delimiter, skipEmptyLines: true }).data;

describe("CSV export", () => {
  it("starts with a BOM and the import template's columns, then the descriptive ones", () => {
    const csv = practicesCsv([record()], "virgola");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [header = [], row = []] = parse(csv);
    expect(header).toEqual(CSV_COLUMNS);
    expect(header.slice(0, FIELD_NAMES.length)).toEqual(FIELD_NAMES);
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell("fonti_finanziamento")).toBe("fondi-comunali|pon-inclusione");
    expect(cell("tipo_servizio")).toBe("nuovo");
    expect(cell("regione")).toBe("Emilia-Romagna");
    expect(cell("illustrativa")).toBe("true");
    // The open collection: replication count and the latest follow-up.
    expect([cell("numero_repliche"), cell("stato_attuale"), cell("stato_attuale_data")]).toEqual([
      "2",
      "prosegue-modificata",
      "2023-05-10",
    ]);
    expect(cell("ente_codice_istat")).toBe("040012");
    // Numbers are not text and are never prefixed, even when negative.
    expect(cell("operatori_volontari")).toBe("-1");
  });

  it("uses ; and CRLF for Excel when asked", () => {
    const csv = practicesCsv([record({ titolo: "Uno; due" })], separatorFrom("punto-e-virgola"));
    expect(csv).toContain("\r\n");
    const [header = [], row = []] = parse(csv, ";");
    expect(header).toHaveLength(CSV_COLUMNS.length);
    expect(row[header.indexOf("titolo")]).toBe("Uno; due");
    expect(separatorFrom(null)).toBe("virgola");
    expect(separatorFrom("altro")).toBe("virgola");
  });

  it.each(fixture.dangerous)("neutralises a cell a spreadsheet would run: %j", (payload) => {
    const [header = [], row = []] = parse(
      practicesCsv([record({ titolo: payload, note_finanziamento: payload })], "virgola"),
    );
    expect(row[header.indexOf("titolo")]).toBe(`'${payload}`);
    expect(row[header.indexOf("note_finanziamento")]).toBe(`'${payload}`);
  });

  it.each(fixture.safe)("leaves ordinary text as it is: %j", (payload) => {
    const [header = [], row = []] = parse(practicesCsv([record({ sintesi: payload })], "punto-e-virgola"), ";");
    expect(row[header.indexOf("sintesi")]).toBe(payload);
  });

  it("writes any table with the same rules", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          { a: "=x", b: 2 },
          { a: null, b: null },
        ],
      ),
    ).toBe('\uFEFFa,b\r\n"\'=x",2\r\n,\r\n');
  });
});
