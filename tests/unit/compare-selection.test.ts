import { describe, expect, it } from "vitest";
import type { PracticeRecord } from "@/lib/api/schemas";
import { compareRows } from "@/lib/compare/compare";
import {
  compareHref,
  parseCompareSelection,
  splitListingHref,
  toggleCompare,
  withCompare,
} from "@/lib/compare/selection";

describe("the compare selection in the listing's URL", () => {
  it("keeps distinct valid slugs in order, at most three", () => {
    expect(parseCompareSelection({ confronta: ["b", "A", "b", "NOT VALID!", "c", "d"] })).toEqual(["b", "a", "c"]);
    expect(parseCompareSelection({ confronta: "solo" })).toEqual(["solo"]);
    expect(parseCompareSelection({ p: "altro" })).toEqual([]);
  });

  it("is appended to any listing address and survives a page change", () => {
    expect(withCompare("/pratiche?regione=puglia&pagina=2", ["a", "b"])).toBe(
      "/pratiche?regione=puglia&pagina=2&confronta=a&confronta=b",
    );
    expect(withCompare("/pratiche", ["a"])).toBe("/pratiche?confronta=a");
    expect(withCompare("/pratiche", [])).toBe("/pratiche");
  });

  it("toggles a sheet, dropping the oldest past three", () => {
    expect(toggleCompare(["a", "b"], "a")).toEqual(["b"]);
    expect(toggleCompare(["a", "b"], "c")).toEqual(["a", "b", "c"]);
    expect(toggleCompare(["a", "b", "c"], "d")).toEqual(["b", "c", "d"]);
    expect(compareHref(["a", "b"])).toBe("/confronta?p=a&p=b");
  });
});

describe("a remembered listing address", () => {
  it("splits into the listing, filters kept, and its selection", () => {
    expect(splitListingHref("/pratiche?regione=puglia&confronta=a&pagina=2&confronta=b")).toEqual({
      listing: "/pratiche?regione=puglia&pagina=2",
      selection: ["a", "b"],
    });
    expect(splitListingHref("/pratiche")).toEqual({ listing: "/pratiche", selection: [] });
  });

  it("is refused when it leads anywhere but the listing", () => {
    for (const href of ["//evil.example/pratiche", "https://evil.example/pratiche", "/admin?confronta=a", "pratiche"])
      expect(splitListingHref(href)).toBeNull();
  });
});

describe("compare rows", () => {
  it("include the summary and what was innovative", () => {
    const coded = (slug: string) => ({ slug, etichetta: slug });
    const record = (sintesi: string, innovazione: string | null) =>
      ({
        sintesi,
        innovazione,
        ente: { nome: "E", tipo: coded("comune"), fascia_popolazione: null },
        regione: { nome: "R", ripartizione: coded("sud") },
        tipo_servizio: coded("nuovo"),
        aree_utenza: [],
        operatori_totale: null,
        operatori_interni: null,
        operatori_volontari: null,
        fonti_finanziamento: [],
        note_finanziamento: null,
        tecnologie: [],
        reti: [],
        canali: [],
        sostenibilita: coded("continua"),
        note_sostenibilita: null,
        data_avvio: null,
        numero_repliche: 0,
        stato_attuale: null,
      }) as unknown as PracticeRecord;
    const rows = compareRows([record("Spesa a casa", "Volontari in rete"), record("Tablet", null)]);
    expect(rows[0]).toEqual({ label: "Sintesi", cells: [{ text: "Spesa a casa" }, { text: "Tablet" }] });
    expect(rows.find((row) => row.label === "Cosa c'è di innovativo")?.cells).toEqual([
      { text: "Volontari in rete" },
      { text: "Non indicato" },
    ]);
    const replicated = {
      ...record("Spesa a casa", null),
      numero_repliche: 2,
      stato_attuale: { stato: { slug: "prosegue", etichetta: "Prosegue" }, data: "2023-05-10" },
    } as PracticeRecord;
    const later = compareRows([replicated, record("Tablet", null)]);
    expect(later.find((row) => row.label === "Com'è andata dopo")?.cells).toEqual([
      { text: "Prosegue (aggiornamento del 10/05/2023)" },
      { text: "—" },
    ]);
    expect(later.find((row) => row.label === "Replicata da")?.cells).toEqual([
      { text: "2 enti" },
      { text: "Non ancora replicata" },
    ]);
  });
});
