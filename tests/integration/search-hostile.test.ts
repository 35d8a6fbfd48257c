import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { searchPractices } from "@/lib/practices/queries";
import { parsePracticeFilters } from "@/lib/practices/search-params";
import { TS_CONFIG, webSearchText } from "@/lib/practices/search-sql";

// A search text of operators only — fifty `-` — made Postgres fail ("tsquery stack too small")
// and every page or file built on the search answer 500. Any text now gives a result.

afterAll(async () => {
  await db.$disconnect();
});

const operatorSoup = fc
  .array(
    fc.constantFrom("-", "- ", "--", "-(", "(", ")", '"', "'", "!", "|", "&", " or ", "il", "anziani", "a-b", " "),
    {
      maxLength: 120,
    },
  )
  .map((parts) => parts.join("").slice(0, 200));

describe("search text made of operators", () => {
  it.each(["-".repeat(200), "- ".repeat(100), "-(".repeat(100), '"' + "-".repeat(150) + '"', "--anziani ".repeat(20)])(
    "searches %j without failing",
    async (q) => {
      const result = await searchPractices(parsePracticeFilters({ q }));
      expect(result.total).toBeGreaterThanOrEqual(0);
    },
  );

  it("never makes websearch_to_tsquery fail (property-based)", { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(operatorSoup, async (q) => {
        await db.$queryRaw`SELECT websearch_to_tsquery(${TS_CONFIG}, ${webSearchText(q)})::text`;
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the negation of a word, and hyphenated words", () => {
    expect(webSearchText("anziani -domicilio")).toBe("anziani -domicilio");
    expect(webSearchText("socio-sanitario")).toBe("socio-sanitario");
    expect(webSearchText("--- -- -").trim()).toBe("");
    expect(webSearchText("---anziani")).toBe("-anziani");
  });
});
