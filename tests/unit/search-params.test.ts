import { describe, expect, it } from "vitest";
import { FACET_KEYS } from "@/lib/practices/facets";
import {
  filtersToSearchParams,
  hasActiveFilters,
  MAX_PAGE,
  parsePracticeFilters,
  toggleFacetValue,
} from "@/lib/practices/search-params";

describe("parsePracticeFilters", () => {
  it("gives defaults for an empty query", () => {
    const filters = parsePracticeFilters({});
    expect(filters.q).toBe("");
    expect(filters.sort).toBe("rilevanza");
    expect(filters.page).toBe(1);
    for (const key of FACET_KEYS) expect(filters.facets[key]).toEqual([]);
    expect(hasActiveFilters(filters)).toBe(false);
  });

  it("reads repeated and comma-separated facet values, deduplicated and sorted", () => {
    const filters = parsePracticeFilters({
      regione: ["puglia", "lazio", "puglia"],
      area: "anziani,disabili",
      tipo: "NUOVO",
    });
    expect(filters.facets.regione).toEqual(["lazio", "puglia"]);
    expect(filters.facets.area).toEqual(["anziani", "disabili"]);
    expect(filters.facets.tipo).toEqual(["nuovo"]);
  });

  it("drops values that are not slugs", () => {
    const filters = parsePracticeFilters({
      regione: ["<script>alert(1)</script>", "../../etc/passwd", "puglia", "x".repeat(500), "' OR 1=1 --"],
    });
    expect(filters.facets.regione).toEqual(["puglia"]);
  });

  it("normalises the text query: control characters, whitespace, length", () => {
    expect(parsePracticeFilters({ q: "  spesa\u0000  a\tdomicilio \n" }).q).toBe("spesa a domicilio");
    expect(parsePracticeFilters({ q: "é".repeat(1000) }).q).toHaveLength(200);
    expect(parsePracticeFilters({ q: ["primo", "secondo"] }).q).toBe("primo");
  });

  it("keeps the first value of single-valued params and falls back on invalid ones", () => {
    expect(parsePracticeFilters({ ordina: "titolo" }).sort).toBe("titolo");
    expect(parsePracticeFilters({ ordina: "DROP TABLE" }).sort).toBe("rilevanza");
    expect(parsePracticeFilters({ pagina: "3" }).page).toBe(3);
    expect(parsePracticeFilters({ pagina: "-2" }).page).toBe(1);
    expect(parsePracticeFilters({ pagina: "abc" }).page).toBe(1);
    expect(parsePracticeFilters({ pagina: "1e9" }).page).toBe(1);
    expect(parsePracticeFilters({ pagina: String(MAX_PAGE) }).page).toBe(MAX_PAGE);
    expect(parsePracticeFilters({ pagina: "2.5" }).page).toBe(1);
  });

  it("ignores unknown parameters", () => {
    const filters = parsePracticeFilters({ foo: "bar", __proto__: "x", constructor: "y" } as never);
    expect(hasActiveFilters(filters)).toBe(false);
  });
});

describe("filtersToSearchParams", () => {
  it("round-trips through the parser and leaves defaults out", () => {
    const filters = parsePracticeFilters({ q: "tablet", regione: ["puglia", "lazio"], ordina: "titolo", pagina: "2" });
    const params = filtersToSearchParams(filters);
    expect(params.toString()).toBe("q=tablet&regione=lazio&regione=puglia&ordina=titolo&pagina=2");
    expect(parsePracticeFilters(Object.fromEntries([...params.keys()].map((k) => [k, params.getAll(k)])))).toEqual(
      filters,
    );
    expect(filtersToSearchParams(parsePracticeFilters({})).toString()).toBe("");
  });
});

describe("toggleFacetValue", () => {
  it("adds and removes a value and returns to page 1", () => {
    const start = parsePracticeFilters({ pagina: "4", area: "anziani" });
    const added = toggleFacetValue(start, "area", "disabili");
    expect(added.facets.area).toEqual(["anziani", "disabili"]);
    expect(added.page).toBe(1);
    expect(toggleFacetValue(added, "area", "anziani").facets.area).toEqual(["disabili"]);
  });
});
