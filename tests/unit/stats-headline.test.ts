import { describe, expect, it } from "vitest";
import type { FacetOptions } from "@/lib/practices/facet-options";
import { FACET_KEYS } from "@/lib/practices/facets";
import type { FacetCounts } from "@/lib/practices/queries";
import { cellListingHref, parseStatsFileName, type StatsData } from "@/lib/stats/cross-tab";
import { headlineFigures, share } from "@/lib/stats/headline";

const counts = (given: Partial<Record<string, Record<string, number>>>) =>
  Object.fromEntries(FACET_KEYS.map((key) => [key, given[key] ?? {}])) as FacetCounts;

const options = {
  ...Object.fromEntries(FACET_KEYS.map((key) => [key, []])),
  regione: [
    { slug: "puglia", label: "Puglia" },
    { slug: "molise", label: "Molise" },
    { slug: "veneto", label: "Veneto" },
  ],
} as unknown as FacetOptions;

const data: StatsData = {
  overall: {
    total: 8,
    facetCounts: counts({
      regione: { puglia: 5, veneto: 3 },
      tipo: { nuovo: 2, misto: 6 },
      sostenibilita: { continua: 3, termina: 5 },
    }),
  },
  byGroup: { regione: {}, area: {} },
  options,
  entities: 6,
};

describe("headline figures of the statistics page", () => {
  it("give sheets, entities, regions covered and the shares of new and continuing services", () => {
    const figures = Object.fromEntries(headlineFigures(data).map((figure) => [figure.key, figure]));
    expect(figures.schede?.value).toBe("8");
    expect(figures.enti?.value).toBe("6");
    expect(figures.regioni?.value).toBe("2 su 3");
    expect(figures.nuovi?.value).toBe("25%");
    expect(figures.nuovi?.href).toBe("/pratiche?tipo=nuovo");
    expect(figures.continua?.value).toBe("38%");
    expect(figures.continua?.label).toContain("3 schede");
  });

  it("say nothing rather than divide by zero on an empty catalogue", () => {
    expect(share(0, 0)).toBe("—");
  });
});

describe("drill-through from the statistics", () => {
  it("links a cell to the listing with exactly its values, in the listing's canonical order", () => {
    expect(cellListingHref({ area: "anziani", regione: "puglia" })).toBe("/pratiche?regione=puglia&area=anziani");
    expect(cellListingHref({ finanziamento: "fondi-comunali" })).toBe("/pratiche?finanziamento=fondi-comunali");
  });

  it("serves the region × area matrix as CSV", () => {
    expect(parseStatsFileName("area-per-regione.csv")).toEqual({ dimension: "area", group: "regione" });
    expect(parseStatsFileName("area-per-area.csv")).toBeNull();
  });
});
