import { describe, expect, it } from "vitest";
import { listEnumOrders, resolveFacetKeys } from "@/lib/practices/facet-keys";
import { FACETS } from "@/lib/practices/facets";
import { listRegions, listTerms } from "@/lib/practices/overview";
import { facetKeysFromDatabase, searchPractices } from "@/lib/practices/queries";
import { parsePracticeFilters } from "@/lib/practices/search-params";
import type { SelectedKeys } from "@/lib/practices/search-sql";

// The cached listing resolves facet keys in memory (lib/practices/facet-keys.ts); the database's
// own resolution (facetKeysFromDatabase: facetKeysQuery, and the practice_facets trigger behind it) is the reference.

async function vocabularies() {
  const [regions, terms, enumOrders] = await Promise.all([listRegions(), listTerms(), listEnumOrders()]);
  return { regions, terms, enumOrders };
}

const keysFromDatabase = (raw: Record<string, string[]>) => facetKeysFromDatabase(parsePracticeFilters(raw));

const sorted = (keys: SelectedKeys) =>
  Object.fromEntries(Object.entries(keys).map(([facet, values]) => [facet, [...(values ?? [])].sort((a, b) => a - b)]));

describe("facet keys resolved in memory", () => {
  it("equal the database's for every value of every facet, and an unknown slug selects nothing", async () => {
    const known = await vocabularies();
    for (const facet of FACETS) {
      const slugs =
        facet.kind === "region"
          ? known.regions.map((r) => r.slug)
          : facet.kind === "term"
            ? known.terms.filter((t) => t.vocabulary === facet.vocabulary).map((t) => t.slug)
            : facet.options.map((o) => o.slug);
      expect(slugs.length).toBeGreaterThan(0);
      for (const slug of [...slugs, "valore-inesistente"]) {
        const raw = { [facet.key]: [slug] };
        const inMemory = resolveFacetKeys(parsePracticeFilters(raw), known);
        expect(sorted(inMemory), `${facet.key}=${slug}`).toEqual(sorted(await keysFromDatabase(raw)));
      }
    }
  });

  it("give the same listing as the database's keys, several values and facets at once", async () => {
    const known = await vocabularies();
    const regions = known.regions.slice(0, 6).map((r) => r.slug);
    const raw = {
      regione: regions,
      area: ["anziani", "disabili"],
      tipo: ["nuovo", "misto"],
      sostenibilita: ["continua", "parziale"],
    };
    const filters = parsePracticeFilters(raw);
    const keys = resolveFacetKeys(filters, known);
    expect(sorted(keys)).toEqual(sorted(await keysFromDatabase(raw)));
    const [withKeys, withoutKeys] = await Promise.all([searchPractices(filters, keys), searchPractices(filters)]);
    expect(withKeys.total).toBeGreaterThan(0);
    expect(withKeys).toEqual(withoutKeys);
  });
});
