import { describe, expect, it } from "vitest";
import { mergeWithCurrent, saidInput } from "@/lib/import/merge-row";
import type { FieldName } from "@/lib/practices/practice-fields";
import type { PracticeSnapshot } from "@/lib/practices/snapshot";
import { normaliseText } from "@/lib/text";

// What an import row keeps of the sheet it updates, and the one text normalisation.

const current: PracticeSnapshot = {
  code: "PUG-001",
  slug: "spesa-a-domicilio-bari",
  title: "Spesa a domicilio",
  summary: "Consegna della spesa agli anziani soli.",
  description: "Volontari e operatori consegnano spesa e farmaci a domicilio.",
  startDate: "2020-03-16",
  serviceType: "NUOVO",
  operatorsTotal: 12,
  operatorsStaff: 4,
  operatorsVolunteers: 8,
  fundingNote: null,
  feedback: "Molto apprezzato.",
  innovation: null,
  sustainability: "CONTINUA",
  sustainabilityNote: null,
  resourcesNeeded: null,
  difficulties: null,
  replicationAdvice: null,
  publicContact: null,
  status: "ARCHIVED",
  entity: {
    id: 7,
    name: "Comune di Bari",
    kind: "COMUNE",
    istatCode: "072006",
    regionSlug: "puglia",
    regionName: "Puglia",
    province: "Bari",
  },
  terms: { AREA: ["anziani"], FUNDING: ["pon-inclusione"], TECHNOLOGY: [], NETWORK: [], CHANNEL: [] },
};

const present = (...fields: FieldName[]) => new Set<FieldName>(fields);

describe("mergeWithCurrent", () => {
  it("keeps what the file does not say: absent columns, empty cells, an empty stato", () => {
    const said = saidInput(
      { codice: "PUG-001", titolo: "Spesa e farmaci a domicilio", data_avvio: "", stato: "" },
      present("codice", "titolo", "data_avvio", "stato"),
      { clearBlanks: false },
    );
    expect(said).toEqual({ codice: "PUG-001", titolo: "Spesa e farmaci a domicilio" });
    const merged = mergeWithCurrent(said, current);
    expect(merged).toMatchObject({
      titolo: "Spesa e farmaci a domicilio",
      data_avvio: "2020-03-16",
      stato: "archiviata",
      operatori_totale: "12",
      fonti_finanziamento: ["pon-inclusione"],
      ente_id: "7",
    });
  });

  it("clears on empty cells when asked, never the status", () => {
    const merged = mergeWithCurrent(
      saidInput(
        { codice: "PUG-001", data_avvio: "", riscontri: null, stato: "" },
        present("codice", "data_avvio", "riscontri", "stato"),
        { clearBlanks: true },
      ),
      current,
    );
    expect(merged).toMatchObject({ data_avvio: "", riscontri: "", stato: "archiviata", innovazione: "" });
  });

  it("keeps the entity by identity when the file names the same one, and drops the old ISTAT code for another", () => {
    const same = mergeWithCurrent(
      {
        codice: "PUG-001",
        ente_nome: "comune di BARI",
        ente_tipo: "Comune",
        regione: "Puglia",
        ente_codice_istat: "72006",
      },
      current,
    );
    expect(same.ente_id).toBe("7");
    const other = mergeWithCurrent({ codice: "PUG-001", ente_nome: "Comune di Lecce" }, current);
    expect(other).toMatchObject({ ente_nome: "Comune di Lecce", ente_tipo: "comune", regione: "puglia" });
    expect(other.ente_codice_istat).toBe("");
    expect(other.ente_id).toBeUndefined();
  });
});

describe("normaliseText", () => {
  it("NFC, LF line ends, no trailing spaces on a line, none around", () => {
    expect(normaliseText("  Citta\u0300 \r\nsecondo  \t\rterzo\n\n ")).toBe("Città\nsecondo\nterzo");
  });
});
