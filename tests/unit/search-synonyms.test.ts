import { describe, expect, it } from "vitest";
import { buildLookup, coveredWords, expandQuery } from "@/lib/search-synonyms/expand";

const lookup = buildLookup([
  { phrases: ["dad", "D.A.D."], expansions: ["didattica a distanza"] },
  { phrases: ["senza tetto", "senzatetto", "Senza fissa dimora"], expansions: ["senza dimora"] },
  { phrases: ["gioco d'azzardo"], expansions: ["dipendenze"] },
  { phrases: ["senza"], expansions: ["privi"] },
]);

describe("expandQuery", () => {
  it("finds phrases whole, case and accents and punctuation aside, the longest first", () => {
    expect(expandQuery("Senza Tetto anziani", lookup)).toEqual({
      rest: "anziani",
      groups: [{ typed: "senza tetto", alternatives: ["senza dimora"] }],
    });
    expect(expandQuery("d.a.d. tablet", lookup).groups).toEqual([
      { typed: "d a d", alternatives: ["didattica a distanza"] },
    ]);
    expect(expandQuery("gioco d'azzardo", lookup)).toEqual({
      rest: "",
      groups: [{ typed: "gioco d azzardo", alternatives: ["dipendenze"] }],
    });
  });

  it("expands a quoted phrase only as a whole", () => {
    expect(expandQuery('"senza tetto"', lookup).groups).toHaveLength(1);
    expect(expandQuery('"senza tetto in città"', lookup)).toEqual({ rest: '"senza tetto in città"', groups: [] });
  });

  it("never expands a negated word, and leaves a query with `or` as typed", () => {
    expect(expandQuery("scuola -dad", lookup)).toEqual({ rest: "scuola -dad", groups: [] });
    expect(expandQuery("dad or tablet", lookup)).toEqual({ rest: "dad or tablet", groups: [] });
  });

  it("names the words a synonym covers, which typo correction leaves alone", () => {
    expect([...coveredWords(expandQuery("senzatetto roma", lookup))]).toEqual(["senzatetto"]);
  });

  it("leaves the query alone without a list", () => {
    expect(expandQuery("dad", buildLookup([]))).toEqual({ rest: "dad", groups: [] });
  });
});
