import { describe, expect, it } from "vitest";
import type { PracticeRecord } from "@/lib/api/schemas";
import { compareRows, parseCompareParams } from "@/lib/compare/compare";

describe("compare parameters", () => {
  it("keeps distinct valid slugs in order, at most three", () => {
    expect(parseCompareParams({ p: ["b", "a", "b", "NOT VALID!", "c", "d"] })).toEqual({
      slugs: ["b", "a", "c"],
      dropped: 1,
    });
    expect(parseCompareParams({ p: "solo" })).toEqual({ slugs: ["solo"], dropped: 0 });
    expect(parseCompareParams({})).toEqual({ slugs: [], dropped: 0 });
  });
});

describe("compare rows", () => {
  const coded = (slug: string) => ({ slug, etichetta: slug.toUpperCase() });
  const record = (funding: string[], note: string | null) =>
    ({
      ente: { nome: "E", tipo: coded("comune"), fascia_popolazione: null },
      regione: { nome: "R", ripartizione: coded("sud") },
      tipo_servizio: coded("nuovo"),
      aree_utenza: [],
      operatori_totale: null,
      operatori_interni: 3,
      operatori_volontari: null,
      fonti_finanziamento: funding.map(coded),
      note_finanziamento: note,
      tecnologie: [],
      reti: [],
      canali: [],
      sostenibilita: coded("continua"),
      note_sostenibilita: null,
      risorse_necessarie: null,
      difficolta: null,
      consigli_replica: null,
      contatto_pubblico: null,
      data_avvio: "2020-03-16",
    }) as unknown as PracticeRecord;

  it("marks the values every compared sheet shares", () => {
    const rows = compareRows([record(["comunali", "europei"], "metà e metà"), record(["comunali"], null)]);
    const funding = rows.find((row) => row.label === "Fonti di finanziamento")!;
    expect(funding.cells[0]).toEqual({
      items: [
        { label: "COMUNALI", shared: true },
        { label: "EUROPEI", shared: false },
        { label: "Nota: metà e metà", shared: false },
      ],
    });
    expect(funding.cells[1]).toEqual({ items: [{ label: "COMUNALI", shared: true }] });
    expect(rows.find((row) => row.label === "Data di avvio")!.cells[0]).toEqual({ text: "16/03/2020" });
    expect(rows.find((row) => row.label === "Operatori coinvolti")!.cells[0]).toEqual({ text: "—" });
  });
});
