import { describe, expect, it } from "vitest";
import type { FacetOptions } from "@/lib/practices/facet-options";
import { FACET_KEYS } from "@/lib/practices/facets";
import { listingTitle, pagesLine } from "@/lib/practices/orientation";
import { singleFilterRelaxations } from "@/lib/practices/relaxations";
import { parsePracticeFilters } from "@/lib/practices/search-params";
import { MARK_END, MARK_START } from "@/lib/practices/search-sql";
import { clipAtWord, tidySnippet } from "@/lib/practices/snippet";

const options = {
  ...Object.fromEntries(FACET_KEYS.map((key) => [key, []])),
  regione: [
    { slug: "puglia", label: "Puglia" },
    { slug: "lazio", label: "Lazio" },
  ],
  area: [{ slug: "anziani", label: "Anziani (65 anni e più)" }],
  rete: [{ slug: "scuole", label: "Scuole" }],
} as unknown as FacetOptions;

describe("listingTitle", () => {
  it("names the words, the chosen values, the count and the page", () => {
    const filters = parsePracticeFilters({ q: "spesa a domicilio", regione: "puglia", pagina: "2" });
    expect(listingTitle(filters, options, { total: 30, page: 2, pageCount: 2 })).toBe(
      '"spesa a domicilio", Puglia — 30 pratiche, pagina 2 di 2',
    );
  });

  it("is the listing's name with nothing chosen, and leaves out the page when there is one", () => {
    expect(listingTitle(parsePracticeFilters({}), options, { total: 1, page: 1, pageCount: 1 })).toBe(
      "Le pratiche — 1 pratica",
    );
    expect(listingTitle(parsePracticeFilters({}), options, { total: 12400, page: 1, pageCount: 517 })).toBe(
      "Le pratiche — 12.400 pratiche, pagina 1 di 517",
    );
  });

  it("counts the values past the third instead of listing them", () => {
    const filters = parsePracticeFilters({ regione: "puglia,lazio", area: "anziani", rete: "scuole", q: "x" });
    expect(listingTitle(filters, options, { total: 0, page: 1, pageCount: 1 })).toBe(
      '"x", Lazio, Puglia, Anziani (65 anni e più), Scuole — 0 pratiche',
    );
    const more = parsePracticeFilters({ regione: "puglia,lazio", area: "anziani", rete: "scuole", tipo: "nuovo" });
    const withType = { ...options, tipo: [{ slug: "nuovo", label: "Nuovo" }] } as FacetOptions;
    expect(listingTitle(more, withType, { total: 3, page: 1, pageCount: 1 })).toBe(
      "Lazio, Puglia, Anziani (65 anni e più), altri 2 filtri — 3 pratiche",
    );
  });
});

describe("pagesLine", () => {
  it("says the page and the results it shows", () => {
    expect(pagesLine({ total: 90, page: 2, pageCount: 4 })).toBe("Pagina 2 di 4 · risultati 25–48 di 90");
    expect(pagesLine({ total: 90, page: 4, pageCount: 4 })).toBe("Pagina 4 di 4 · risultati 73–90 di 90");
    expect(pagesLine({ total: 20, page: 1, pageCount: 1 })).toBeNull();
  });
});

describe("singleFilterRelaxations", () => {
  it("drops one filter at a time: the words, then each value", () => {
    const filters = parsePracticeFilters({ q: "tablet", regione: "puglia", rete: "scuole", pagina: "3" });
    const relaxations = singleFilterRelaxations(filters, options);
    expect(relaxations.map((r) => r.label)).toEqual([
      "Parole: tablet",
      "Regione: Puglia",
      "Rete di collaborazione: Scuole",
    ]);
    expect(relaxations[0]!.filters).toMatchObject({
      q: "",
      page: 1,
      facets: { regione: ["puglia"], rete: ["scuole"] },
    });
    expect(relaxations[2]!.filters).toMatchObject({ q: "tablet", page: 1, facets: { regione: ["puglia"], rete: [] } });
    expect(relaxations.map((r) => r.dropsFacet)).toEqual([undefined, "regione", "rete"]);
  });

  it("names the facet a relaxation drops only when it was the facet's one value", () => {
    const filters = parsePracticeFilters({ regione: ["puglia", "lazio"], rete: "scuole" });
    expect(singleFilterRelaxations(filters, options).map((r) => [r.label, r.dropsFacet])).toEqual([
      ["Regione: Lazio", undefined],
      ["Regione: Puglia", undefined],
      ["Rete di collaborazione: Scuole", "rete"],
    ]);
  });
});

describe("snippets", () => {
  const source =
    "Il servizio distribuisce buoni spesa alle famiglie che, a causa dell'emergenza, non riescono ad acquistare generi alimentari. Le domande arrivano online.";
  const mark = (word: string) => `${MARK_START}${word}${MARK_END}`;

  it("marks text left out before and after a fragment", () => {
    const snippet = `servizio distribuisce buoni ${mark("spesa")} alle famiglie che`;
    expect(tidySnippet(snippet, source)).toBe(`… servizio distribuisce buoni ${mark("spesa")} alle famiglie che …`);
  });

  it("widens a fragment cut inside a word to the whole word", () => {
    const snippet = `emergenza, non riescono ad acquistare ${mark("generi")} alim`;
    expect(tidySnippet(snippet, source)).toBe(
      `… dell'emergenza, non riescono ad acquistare ${mark("generi")} alimentari …`,
    );
  });

  it("puts one ellipsis between fragments", () => {
    const snippet = `buoni ${mark("spesa")} alle famiglie … Le ${mark("domande")} arrivano`;
    expect(tidySnippet(snippet, source)).toBe(
      `… buoni ${mark("spesa")} alle famiglie … Le ${mark("domande")} arrivano …`,
    );
  });

  it("adds nothing around a fragment that is the whole text", () => {
    expect(tidySnippet(`Le domande arrivano ${mark("online")}.`, "Le domande arrivano online.")).toBe(
      `Le domande arrivano ${mark("online")}.`,
    );
  });

  it("cuts a summary after a whole word, with an ellipsis", () => {
    expect(clipAtWord(source, 40)).toBe("Il servizio distribuisce buoni spesa…");
    expect(clipAtWord("Breve.", 40)).toBe("Breve.");
  });
});
