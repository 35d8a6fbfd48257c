import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PracticeRecordSchema } from "@/lib/api/schemas";
import { db } from "@/lib/db";
import { itemAt } from "@/lib/item-at";
import { CSV_COLUMNS, practicesCsv } from "@/lib/open-data/csv";
import { ExportTooLargeError, listMatchingIds, loadPractices, loadRecentlyUpdated } from "@/lib/open-data/export-query";
import { practiceRecord } from "@/lib/open-data/record";
import { searchPractices } from "@/lib/practices/queries";
import { PAGE_SIZE, parsePracticeFilters, type RawSearchParams } from "@/lib/practices/search-params";
import fixture from "../fixtures/open-data/formula-injection.json" with { type: "json" };

// The export has exactly the rows the listing counts, in the listing's order, and every record
// matches the documented schema. A published sheet full of formula payloads comes out inert.

const BASE = "http://localhost:3000";
const CODE = "OD-TEST-FORMULE";

async function exportRecords(params: RawSearchParams) {
  const filters = parsePracticeFilters(params);
  const practices = await loadPractices(await listMatchingIds(filters));
  return practices.map((practice) => practiceRecord(practice, BASE, new Map()));
}

const parseCsv = (csv: string) =>
  Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });

beforeAll(async () => {
  const entity = await db.entity.findFirstOrThrow({ orderBy: { id: "asc" } });
  const [payload] = fixture.dangerous;
  await db.practice.create({
    data: {
      code: CODE,
      slug: "od-test-formule",
      title: `${payload} zxqformule`,
      summary: itemAt(fixture.dangerous, 1),
      description: fixture.dangerous.join(" "),
      fundingNote: fixture.dangerous[4],
      feedback: fixture.dangerous[5],
      innovation: fixture.dangerous[7],
      serviceType: "NUOVO",
      status: "PUBLISHED",
      publishedAt: new Date(),
      entityId: entity.id,
    },
  });
});

afterAll(async () => {
  await db.practice.deleteMany({ where: { code: CODE } });
  await db.$disconnect();
});

describe("export of a listing", () => {
  it.each<[string, RawSearchParams]>([
    ["everything", {}],
    ["a region and an area", { regione: "puglia", area: "anziani" }],
    ["several values of a facet", { regione: ["lombardia", "veneto"], tipo: "nuovo", ordina: "titolo" }],
    ["words", { q: "anziani", ordina: "operatori" }],
    ["words, by relevance", { q: "anziani" }],
    ["words and a facet, by relevance", { q: "servizi", regione: "lombardia" }],
    ["a misspelt word", { q: "anzaini" }],
    ["nothing", { regione: "molise", tecnologia: "carte-prepagate", canale: "app-mobile", area: "dipendenze" }],
  ])("has exactly the listing's rows, in its order: %s", async (_, params) => {
    const filters = parsePracticeFilters(params);
    const listing = await searchPractices(filters);
    const ids = await listMatchingIds(filters);
    expect(ids).toHaveLength(listing.total);
    // Every page of the listing, in order, is the matching slice of the export.
    for (let page = 1; page <= listing.pageCount; page++) {
      const shown = page === 1 ? listing : await searchPractices({ ...filters, page });
      expect(ids.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)).toEqual(shown.items.map((item) => item.id));
    }

    const csv = parseCsv(practicesCsv(await exportRecords(params), "punto-e-virgola"));
    expect(csv.errors).toEqual([]);
    expect(csv.meta.fields).toEqual(CSV_COLUMNS);
    expect(csv.data).toHaveLength(listing.total);
  });

  it("refuses a selection past its bound instead of cutting it short; a feed takes the first ones", async () => {
    const all = await listMatchingIds(parsePracticeFilters({}));
    expect(all.length).toBeGreaterThan(10);
    await expect(listMatchingIds(parsePracticeFilters({}), { max: 10 })).rejects.toBeInstanceOf(ExportTooLargeError);
    expect(await listMatchingIds(parsePracticeFilters({}), { max: all.length })).toEqual(all);
    expect(await listMatchingIds(parsePracticeFilters({}), { max: 10, truncate: true })).toEqual(all.slice(0, 10));
  });

  it("ignores the page: a download has every matching row", async () => {
    expect(await listMatchingIds(parsePracticeFilters({ pagina: "3" }))).toHaveLength(
      (await searchPractices(parsePracticeFilters({}))).total,
    );
  });

  it("gives records that match the documented schema, and marks illustrative sheets", async () => {
    const records = await exportRecords({});
    for (const record of records) PracticeRecordSchema.parse(record);
    expect(records.filter((record) => record.illustrativa).length).toBe(
      await db.practice.count({ where: { status: "PUBLISHED", isSample: true } }),
    );
  });

  it("neutralises formulas in a published sheet", async () => {
    const records = await exportRecords({ q: "zxqformule" });
    expect(records.map((record) => record.codice)).toEqual([CODE]);
    const row = itemAt(parseCsv(practicesCsv(records, "virgola")).data, 0);
    for (const column of CSV_COLUMNS) expect(row[column]).not.toMatch(/^[=+\-@\t\r]/);
    expect(row.titolo).toBe(`'${fixture.dangerous[0]} zxqformule`);
    expect(row.note_finanziamento).toBe(`'${fixture.dangerous[4]}`);
    expect(row.innovazione).toBe(`'${fixture.dangerous[7]}`);
  });

  it("lists the most recently changed sheets first for the feed", async () => {
    const ids = await listMatchingIds(parsePracticeFilters({}));
    const recent = await loadRecentlyUpdated(ids, 5);
    expect(recent).toHaveLength(5);
    expect(recent[0]?.code).toBe(CODE);
    const times = recent.map((practice) => practice.updatedAt.getTime());
    expect(times).toEqual(times.toSorted((a, b) => b - a));
  });
});
