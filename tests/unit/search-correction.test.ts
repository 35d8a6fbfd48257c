import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SearchCorrection } from "@/components/practices/search-correction";
import type { PracticeSearchResult } from "@/lib/practices/queries";
import { parsePracticeFilters } from "@/lib/practices/search-params";

// The two links the listing shows under the count: their text and where they lead.

const result = (fields: Partial<PracticeSearchResult>) =>
  ({
    total: 1,
    items: [],
    facetCounts: {},
    totalWithout: {},
    page: 1,
    pageCount: 1,
    correctedQuery: null,
    suggestedQuery: null,
    ...fields,
  }) as PracticeSearchResult;

describe("SearchCorrection", () => {
  it("a correction links back to the words as typed, exactly (esatta=1), keeping the filters", () => {
    const filters = parsePracticeFilters({ q: "anzaini", regione: "puglia", pagina: "2" });
    const html = renderToStaticMarkup(SearchCorrection({ filters, result: result({ correctedQuery: "anziani" }) }));
    expect(html).toContain("mostro i risultati per «<strong>anziani</strong>»");
    expect(html).toContain('href="/pratiche?q=anzaini&amp;regione=puglia&amp;esatta=1"');
    expect(html).toContain("Cerca invece «anzaini»");
  });

  it("a suggestion is a link to the variant, without esatta", () => {
    const filters = parsePracticeFilters({ q: "spessa a domicilo anziani", esatta: "1" });
    const html = renderToStaticMarkup(
      SearchCorrection({ filters, result: result({ suggestedQuery: "spesa a domicilio anziani" }) }),
    );
    expect(html).toContain('href="/pratiche?q=spesa+a+domicilio+anziani"');
    expect(html.replace(/<[^>]+>/g, "")).toBe("Forse cercavi «spesa a domicilio anziani»?");
  });

  it("says nothing when the words were searched as typed", () => {
    const filters = parsePracticeFilters({ q: "anziani" });
    expect(SearchCorrection({ filters, result: result({}) })).toBeNull();
  });
});
