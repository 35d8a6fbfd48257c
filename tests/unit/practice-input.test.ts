import { describe, expect, it } from "vitest";
import { fieldErrors, practiceInputSchema } from "@/lib/practices/practice-input";
import { TEST_REFERENCE as reference, TEST_VALID_ROW } from "../support/reference";

const valid = TEST_VALID_ROW;

const parse = (row: Record<string, unknown>) => practiceInputSchema(reference).safeParse(row);

describe("practiceInputSchema", () => {
  it("accepts a minimal row and fills the defaults", () => {
    const result = parse(valid);
    expect(result.success).toBe(true);
    const draft = result.data!;
    expect(draft.status).toBe("DRAFT");
    expect(draft.sustainability).toBe("NON_NOTO");
    expect(draft.entity).toEqual({
      name: "Comune di Bari",
      kind: "COMUNE",
      istatCode: null,
      regionId: 16,
      province: null,
    });
    expect(draft.terms).toEqual({ AREA: ["anziani"], FUNDING: [], TECHNOLOGY: [], NETWORK: [], CHANNEL: [] });
  });

  it("reads vocabulary values by label or slug, separated by | or as a list, ignoring case and accents", () => {
    const fromCell = parse({
      ...valid,
      aree_utenza: "anziani | DISABILI",
      fonti_finanziamento: "pon inclusione / fondi europei",
    });
    expect(fromCell.data!.terms.AREA).toEqual(["anziani", "disabili"]);
    expect(fromCell.data!.terms.FUNDING).toEqual(["pon-inclusione"]);
    const fromForm = parse({ ...valid, aree_utenza: ["disabili", "anziani"] });
    expect(fromForm.data!.terms.AREA).toEqual(["anziani", "disabili"]);
  });

  it("reads counts as Italians write them, and refuses what is not a whole number", () => {
    const total = (value: unknown) => parse({ ...valid, operatori_totale: value });
    expect(total("1.000").data!.operatorsTotal).toBe(1000);
    expect(total("12.500").data!.operatorsTotal).toBe(12500);
    expect(total(" 12 ").data!.operatorsTotal).toBe(12);
    expect(total(40).data!.operatorsTotal).toBe(40);
    expect(total("").data!.operatorsTotal).toBeNull();
    for (const wrong of ["1e2", "0x1A", "1,5", "1.5", "1.2000", "dodici"]) {
      const errors = fieldErrors(total(wrong).error!);
      expect(errors.operatori_totale![0], wrong).toContain("indica un numero intero");
    }
    expect(fieldErrors(total("-3").error!).operatori_totale![0]).toContain("non può essere negativo");
  });

  it("accepts Italian and ISO dates, and region names with accents", () => {
    expect(parse({ ...valid, data_avvio: "09/03/2020" }).data!.startDate).toBe("2020-03-09");
    expect(parse({ ...valid, data_avvio: "2020-03-09" }).data!.startDate).toBe("2020-03-09");
    expect(parse({ ...valid, regione: "Valle d'Aosta" }).data!.entity).toMatchObject({ regionId: 2 });
  });

  it("reports every problem by field, in Italian", () => {
    const result = parse({
      codice: "",
      titolo: "ab",
      sintesi: "x".repeat(601),
      descrizione: "breve",
      tipo_servizio: "sconosciuto",
      data_avvio: "31/02/2020",
      operatori_totale: "3",
      operatori_interni: "2",
      operatori_volontari: "2",
      ente_tipo: "castello",
      regione: "Atlantide",
      aree_utenza: "marziani",
    });
    expect(result.success).toBe(false);
    const errors = fieldErrors(result.error!);
    expect(Object.keys(errors).sort()).toEqual(
      [
        "aree_utenza",
        "codice",
        "data_avvio",
        "descrizione",
        "ente_nome",
        "ente_tipo",
        "operatori_totale",
        "regione",
        "sintesi",
        "tipo_servizio",
        "titolo",
      ].sort(),
    );
    expect(errors.aree_utenza!.join(" ")).toContain("«marziani» non è tra i valori");
    expect(errors.data_avvio![0]).toContain("non è una data valida");
    expect(errors.operatori_totale![0]).toContain("minore della somma");
    expect(errors.regione![0]).toContain("«Atlantide»");
  });

  it("pads an ISTAT code that lost its leading zeros when the result is a real comune, and quotes any refused value", () => {
    // Bari is 072006; Excel shows it as 72006. The form and the import share this schema.
    expect(parse({ ...valid, ente_codice_istat: "72006" }).data!.entity).toMatchObject({ istatCode: "072006" });
    expect(parse({ ...valid, ente_codice_istat: " 072006 " }).data!.entity).toMatchObject({ istatCode: "072006" });
    const messages = (code: string) =>
      fieldErrors(parse({ ...valid, ente_codice_istat: code }).error!).ente_codice_istat;
    expect(messages("12")).toEqual([
      'Codice ISTAT "12": ha meno di 6 cifre, e nemmeno 000012 (con gli zeri iniziali) è il codice di un comune.',
    ]);
    expect(messages("TO-1272")).toEqual(['Codice ISTAT "TO-1272": servono 6 cifre (per esempio 001272 per Torino).']);
  });

  it("refuses an ISTAT code that is no comune's, or a comune's outside the region given", () => {
    const messages = (code: string) =>
      fieldErrors(parse({ ...valid, ente_codice_istat: code }).error!).ente_codice_istat;
    expect(messages("999999")).toEqual(['Codice ISTAT "999999": non è il codice di un comune italiano.']);
    // Torino's code for a comune in Puglia: a typo would attach the sheet to another comune.
    expect(messages("001272")).toEqual([
      'Codice ISTAT "001272": è il codice di Torino, che non è nella regione indicata.',
    ]);
  });

  it("stores text one way whichever path it came by: NFC, LF line ends, no trailing spaces on a line", () => {
    // What a browser's textarea sends (CRLF) and a Mac keyboard or a PDF copy may give (NFD).
    const typed = parse({
      ...valid,
      titolo: "Citta\u0300 solidale  ",
      descrizione: "Prima riga del servizio  \r\nseconda riga\t\r\n\r\nterza riga, più lunga ",
    }).data!;
    expect(typed.title).toBe("Città solidale");
    expect(typed.title).toBe("Città solidale".normalize("NFC"));
    expect(typed.description).toBe("Prima riga del servizio\nseconda riga\n\nterza riga, più lunga");
  });

  it("uses an existing entity by id without asking for its details", () => {
    const { ente_nome: _, ente_tipo: __, regione: ___, ...rest } = valid;
    expect(parse({ ...rest, ente_id: "7" }).data!.entity).toEqual({ id: 7 });
  });

  it("keeps a cell that looks like a formula as plain text", () => {
    expect(parse({ ...valid, titolo: '=HYPERLINK("http://x")' }).data!.title).toBe('=HYPERLINK("http://x")');
  });
});
