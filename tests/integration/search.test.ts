import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { FACETS, type FacetKey } from "@/lib/practices/facets";
import { correctSpelling, searchPractices } from "@/lib/practices/queries";
import {
  PAGE_SIZE,
  parsePracticeFilters,
  type PracticeFilters,
  type RawSearchParams,
} from "@/lib/practices/search-params";

// Counts and facet counts from the database must equal a brute-force computation over the
// seeded rows, for a handful of filter combinations.

type Row = { id: number; values: Record<FacetKey, string[]> };
let rows: Row[] = [];

beforeAll(async () => {
  const practices = await db.practice.findMany({
    where: { status: "PUBLISHED" },
    include: { entity: { include: { region: true } }, terms: { include: { term: true } } },
  });
  rows = practices.map((p) => ({
    id: p.id,
    values: Object.fromEntries(
      FACETS.map((facet) => {
        switch (facet.kind) {
          case "region":
            return [facet.key, [p.entity.region.slug]];
          case "enum": {
            const value = facet.column === "entityKind" ? p.entity.kind : p[facet.column];
            return [facet.key, [facet.options.find((o) => o.value === value)!.slug]];
          }
          case "term":
            return [facet.key, p.terms.filter((t) => t.term.vocabulary === facet.vocabulary).map((t) => t.term.slug)];
        }
      }),
    ) as Record<FacetKey, string[]>,
  }));
});

afterAll(async () => {
  await db.$disconnect();
});

function passes(row: Row, filters: PracticeFilters, except?: FacetKey) {
  return FACETS.every(
    (facet) =>
      facet.key === except ||
      filters.facets[facet.key].length === 0 ||
      row.values[facet.key].some((v) => filters.facets[facet.key].includes(v)),
  );
}

function bruteForce(filters: PracticeFilters, candidates: Row[]) {
  const total = candidates.filter((row) => passes(row, filters)).length;
  const facetCounts = Object.fromEntries(
    FACETS.map((facet) => {
      const counts: Record<string, number> = {};
      for (const row of candidates) {
        if (!passes(row, filters, facet.key)) continue;
        for (const value of row.values[facet.key]) counts[value] = (counts[value] ?? 0) + 1;
      }
      return [facet.key, counts];
    }),
  );
  const totalWithout = Object.fromEntries(
    FACETS.filter((facet) => filters.facets[facet.key].length > 0).map((facet) => [
      facet.key,
      candidates.filter((row) => passes(row, filters, facet.key)).length,
    ]),
  );
  return { total, facetCounts, totalWithout };
}

async function idsMatchingText(q: string) {
  const matched = await db.$queryRaw<{ id: number }[]>`
    SELECT "id" FROM "Practice" WHERE "status" = 'PUBLISHED' AND "searchVector" @@ websearch_to_tsquery('italian_unaccent', ${q})`;
  return new Set(matched.map((m) => m.id));
}

const COMBINATIONS: RawSearchParams[] = [
  {},
  { regione: "puglia" },
  { regione: ["puglia", "lombardia"] },
  { area: "anziani" },
  { area: ["anziani", "disabili"], tipo: "nuovo" },
  {
    regione: ["lazio", "campania", "sicilia"],
    finanziamento: "pon-inclusione",
    sostenibilita: ["continua", "parziale"],
  },
  { tecnologia: "videochiamate", canale: ["telefono", "sito-web"], ente: "comune" },
  { rete: "terzo-settore", area: "famiglia-minori", tipo: ["rafforzato", "misto"] },
  { q: "anziani" },
  { q: "spesa domicilio", regione: ["lombardia", "veneto", "piemonte"] },
  { q: "telefono", ente: ["comune", "unione"], sostenibilita: "continua" },
  { regione: ["puglia", "atlantide"], area: "anziani" },
  // Words that find nothing with these facets: the total without them is counted too.
  { q: "tablet", regione: "molise", area: "dipendenze", tipo: "misto" },
  { q: "tablet", regione: "lombardia", area: "anziani" },
  { tipo: "sconosciuto" },
  {
    regione: ["lombardia", "lazio", "campania", "sicilia", "puglia"],
    area: ["anziani", "disabili"],
    tipo: ["nuovo", "misto"],
    finanziamento: "pon-inclusione",
    tecnologia: "videochiamate",
    rete: "terzo-settore",
    canale: "telefono",
    ente: ["comune", "ambito"],
    sostenibilita: ["continua", "parziale", "non-noto"],
  },
];

describe("searchPractices agrees with a brute-force count", () => {
  it("has seeded data to compare with", () => {
    expect(rows.length).toBe(240);
  });

  for (const params of COMBINATIONS) {
    it(`counts ${JSON.stringify(params)}`, async () => {
      const filters = parsePracticeFilters(params);
      const textIds = filters.q ? await idsMatchingText(filters.q) : null;
      const candidates = textIds ? rows.filter((row) => textIds.has(row.id)) : rows;
      const expected = bruteForce(filters, candidates);
      const result = await searchPractices(filters);

      expect(result.total).toBe(expected.total);
      for (const facet of FACETS)
        expect(result.facetCounts[facet.key], facet.key).toEqual(expected.facetCounts[facet.key]);
      expect(result.totalWithout).toEqual(expected.totalWithout);
      const withoutWords = filters.q && expected.total === 0 ? rows.filter((row) => passes(row, filters)).length : null;
      expect(result.totalWithoutWords).toBe(withoutWords);
      expect(result.items.length).toBe(Math.min(PAGE_SIZE, expected.total));
      for (const item of result.items)
        expect(
          candidates.find((row) => row.id === item.id) &&
            passes(
              rows.find((r) => r.id === item.id)!,
              filters,
            ),
        ).toBe(true);
    });
  }
});

describe("full-text search", () => {
  it("ignores accents: citta finds città", async () => {
    const plain = await searchPractices(parsePracticeFilters({ q: "citta" }));
    const accented = await searchPractices(parsePracticeFilters({ q: "città" }));
    expect(plain.total).toBeGreaterThan(0);
    expect(plain.total).toBe(accented.total);
    expect(plain.correctedQuery).toBeNull();
    const found = await db.practice.findMany({ where: { id: { in: plain.items.map((item) => item.id) } } });
    const texts = found.map((item) =>
      [item.title, item.summary, item.description, item.innovation, item.feedback].join(" "),
    );
    expect(texts.some((text) => /città/i.test(text))).toBe(true);
  });

  it("stems Italian words: anziano finds sheets about anziani", async () => {
    const result = await searchPractices(parsePracticeFilters({ q: "anziano" }));
    expect(result.total).toBeGreaterThan(0);
    expect(result.correctedQuery).toBeNull();
  });

  it("corrects a typo by trigram similarity: anzaini → anziani", async () => {
    expect(await correctSpelling("anzaini")).toBe("anziani");
    const result = await searchPractices(parsePracticeFilters({ q: "anzaini" }));
    expect(result.correctedQuery).toBe("anziani");
    expect(result.total).toBe((await searchPractices(parsePracticeFilters({ q: "anziani" }))).total);
  });

  it("gives cards read with words the dates Prisma gives, in any time zone", async () => {
    const zone = process.env.TZ;
    process.env.TZ = "Europe/Rome"; // local midnight is 23:00 UTC the day before
    try {
      const result = await searchPractices(parsePracticeFilters({ q: "anziani", ordina: "avvio" }));
      const stored = await db.practice.findMany({
        where: { id: { in: result.items.map((item) => item.id) } },
        select: { id: true, startDate: true },
      });
      expect(result.items.filter((item) => item.startDate).length).toBeGreaterThan(0);
      for (const item of result.items)
        expect(item.startDate?.toISOString()).toBe(stored.find((s) => s.id === item.id)?.startDate?.toISOString());
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it("highlights matches in snippets", async () => {
    const result = await searchPractices(parsePracticeFilters({ q: "tablet" }));
    expect(result.total).toBeGreaterThan(0);
    expect(result.items[0]?.snippet).toMatch(/\u2045tablet\u2046/i);
  });

  it("ranks a title match above a match only in the long texts", async () => {
    const result = await searchPractices(parsePracticeFilters({ q: "psicologico" }));
    expect(result.total).toBeGreaterThan(0);
    expect(result.items[0]?.title.toLowerCase()).toContain("psicologic");
  });

  it("answers hostile queries without failing", async () => {
    for (const q of [
      '\'; DROP TABLE "Practice"; --',
      "\u0000",
      "!!! & | <-> :*",
      '"unclosed',
      "💥".repeat(100),
      "a".repeat(5000),
    ]) {
      const result = await searchPractices(parsePracticeFilters({ q }));
      expect(result.total).toBeGreaterThanOrEqual(0);
    }
    expect(await db.practice.count()).toBe(240);
  });

  it("orders by rank, then date, then id; and by title", async () => {
    const q = "anziani";
    const ranked = await db.$queryRaw<{ id: number }[]>`
      SELECT "id" FROM "Practice"
      WHERE "status" = 'PUBLISHED' AND "searchVector" @@ websearch_to_tsquery('italian_unaccent', ${q})
      ORDER BY ts_rank_cd("searchVector", websearch_to_tsquery('italian_unaccent', ${q})) DESC, "publishedAt" DESC NULLS LAST, "id" DESC`;
    const byRelevance = [
      ...(await searchPractices(parsePracticeFilters({ q }))).items,
      ...(await searchPractices(parsePracticeFilters({ q, pagina: "2" }))).items,
    ];
    expect(byRelevance.map((item) => item.id)).toEqual(ranked.slice(0, 2 * PAGE_SIZE).map((row) => row.id));
    const titled = await db.$queryRaw<{ id: number }[]>`
      SELECT p."id" FROM "Practice" p JOIN "Entity" e ON e."id" = p."entityId" JOIN "Region" r ON r."id" = e."regionId"
      WHERE p."status" = 'PUBLISHED' AND r."slug" = 'lombardia' ORDER BY lower(unaccent(p."title")), p."id"`;
    const byTitle = await searchPractices(parsePracticeFilters({ regione: "lombardia", ordina: "titolo" }));
    expect(byTitle.items.map((item) => item.id)).toEqual(titled.slice(0, PAGE_SIZE).map((row) => row.id));
  });

  it("clamps a page past the end to the last page", async () => {
    const result = await searchPractices(parsePracticeFilters({ regione: "molise", pagina: "99" }));
    expect(result.page).toBe(result.pageCount);
    expect(result.items.length).toBeGreaterThan(0);
  });
});
