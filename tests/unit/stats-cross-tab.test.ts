import { describe, expect, it } from "vitest";
import type { FacetOptions } from "@/lib/practices/facet-options";
import { FACET_KEYS } from "@/lib/practices/facets";
import type { FacetCounts } from "@/lib/practices/queries";
import {
  crossTab,
  crossTabRecords,
  parseStatsFileName,
  statsFileName,
  totals,
  type StatsData,
} from "@/lib/stats/cross-tab";

const counts = (values: Partial<FacetCounts>) =>
  ({ ...Object.fromEntries(FACET_KEYS.map((key) => [key, {}])), ...values }) as FacetCounts;
const options = {
  ...Object.fromEntries(FACET_KEYS.map((key) => [key, []])),
  regione: [
    { slug: "puglia", label: "Puglia" },
    { slug: "molise", label: "Molise" },
  ],
  area: [{ slug: "anziani", label: "Anziani" }],
  tipo: [
    { slug: "nuovo", label: "Nuovo" },
    { slug: "misto", label: "Misto" },
  ],
} as unknown as FacetOptions;

const data: StatsData = {
  overall: { total: 10, facetCounts: counts({ tipo: { nuovo: 6, misto: 4 } }) },
  byGroup: {
    regione: { puglia: { total: 3, facetCounts: counts({ tipo: { nuovo: 3 } }) } },
    area: { anziani: { total: 5, facetCounts: counts({ tipo: { nuovo: 2, misto: 3 } }) } },
  },
  options,
  entities: 2,
};

describe("statistics tables", () => {
  it("counts each value overall and per group, with zeros where nothing matches", () => {
    expect(totals(data, "tipo").columns.map((c) => c.count)).toEqual([6, 4]);
    expect(crossTab(data, "tipo", "regione").rows).toEqual([
      { slug: "puglia", label: "Puglia", total: 3, counts: [3, 0] },
      { slug: "molise", label: "Molise", total: 0, counts: [0, 0] },
    ]);
    expect(crossTabRecords(crossTab(data, "tipo", "area"), "Area").rows).toEqual([
      { Area: "Anziani", schede: 5, Nuovo: 2, Misto: 3 },
    ]);
  });

  it("names and recognises the CSV files", () => {
    expect(statsFileName("tipo", "regione")).toBe("tipo-per-regione.csv");
    expect(parseStatsFileName("tipo-per-regione.csv")).toEqual({ dimension: "tipo", group: "regione" });
    expect(parseStatsFileName("finanziamento.csv")).toEqual({ dimension: "finanziamento", group: undefined });
    expect(parseStatsFileName("tipo-per-comune.csv")).toBeNull();
    expect(parseStatsFileName("rete.csv")).toBeNull();
  });
});
