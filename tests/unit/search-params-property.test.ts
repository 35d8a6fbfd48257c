import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FACET_KEYS } from "@/lib/practices/facets";
import {
  filtersToSearchParams,
  MAX_PAGE,
  parsePracticeFilters,
  type RawSearchParams,
} from "@/lib/practices/search-params";
import { SORTS } from "@/lib/practices/sorts";

// For any query string at all, the listing's parser returns bounded, normalised filters and
// never throws; parsing its own canonical output changes nothing.

const KEYS = ["q", "ordina", "pagina", ...FACET_KEYS, "altro", "__proto__", "constructor"];
const hostileString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.constantFrom(
    "%00",
    "\u0000",
    "' OR 1=1 --",
    "../../etc/passwd",
    "<script>",
    "-1",
    "1e9",
    "NaN",
    "Infinity",
    "0x10",
    " 3 ",
    "x".repeat(10_000),
  ),
);
const value = fc.oneof(fc.constant(undefined), hostileString, fc.array(hostileString, { maxLength: 40 }));
const rawParams: fc.Arbitrary<RawSearchParams> = fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string()), value, {
  maxKeys: 15,
});

const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;
const SORT_VALUES: string[] = SORTS.map((s) => s.value);

function fromUrl(params: URLSearchParams): RawSearchParams {
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    const [only] = all;
    raw[key] = all.length === 1 && only !== undefined ? only : all;
  }
  return raw;
}

describe("parsePracticeFilters (property-based)", () => {
  it("never throws and always returns bounded, normalised filters", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(rawParams, (raw) => {
        const filters = parsePracticeFilters(raw);
        expect(Number.isInteger(filters.page)).toBe(true);
        expect(filters.page).toBeGreaterThanOrEqual(1);
        expect(filters.page).toBeLessThanOrEqual(MAX_PAGE);
        expect(SORT_VALUES).toContain(filters.sort);
        expect(filters.q.length).toBeLessThanOrEqual(200);
        expect(filters.q).not.toMatch(/[\u0000-\u001f\u007f]/);
        for (const key of FACET_KEYS) {
          expect(filters.facets[key].length).toBeLessThanOrEqual(30);
          for (const slug of filters.facets[key]) expect(slug).toMatch(SLUG);
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it("any string as a whole query string parses", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 500 }), (query) => {
        expect(() => parsePracticeFilters(fromUrl(new URLSearchParams(query)))).not.toThrow();
      }),
      { numRuns: 1_000 },
    );
  });

  it("the canonical URL of parsed filters parses to the same facets, sort and page", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(rawParams, (raw) => {
        const filters = parsePracticeFilters(raw);
        const again = parsePracticeFilters(fromUrl(filtersToSearchParams(filters)));
        expect({ ...again, q: undefined }).toEqual({ ...filters, q: undefined });
        expect(again.q).toBe(filters.q.trim());
      }),
      { numRuns: 1_000 },
    );
  });
});
