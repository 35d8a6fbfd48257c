import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { MAX_IMPORT_BYTES, MAX_IMPORT_COLUMNS, MAX_IMPORT_PROBLEMS, MAX_IMPORT_ROWS } from "@/lib/import/limits";
import { parseInWorker } from "@/lib/import/parse-in-worker";
import { FIELD_NAMES } from "@/lib/practices/practice-fields";
import { TEST_REFERENCE as reference, TEST_VALID_ROW } from "../support/reference";

// Files of every shape — few or thousands of columns, none or 25,000 rows, tiny or 60,000-character
// cells, one or thousands of values in a cell, every code the same — within the upload limit: each
// is read and checked in bounded time and memory (the worker's 256 MB heap and 60 s are never what
// stops it: the limits are) and ends in rows or a clear refusal.

const valid: Record<string, string> = TEST_VALID_ROW;
const SAFETY_NET = /memoria disponibile|tempo disponibile|non si è potuto leggere/;

const shape = fc.record({
  columns: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 90, max: 5_000 })),
  rows: fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1_000, max: 25_000 })),
  cellChars: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 19_000, max: 60_000 })),
  valuesPerCell: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 40, max: 3_000 })),
  duplicates: fc.boolean(),
  format: fc.constantFrom("csv" as const, "json" as const),
});
type Shape = typeof shape extends fc.Arbitrary<infer T> ? T : never;

function fileOf({ columns, rows, cellChars, valuesPerCell, duplicates, format }: Shape) {
  const names = Array.from({ length: columns }, (_, i) => FIELD_NAMES[i] ?? `extra_${i}`);
  const value = (name: string, row: number) => {
    if (name === "codice") return duplicates ? "FUZZ-1" : `FUZZ-${row}`;
    if (name === "descrizione" && row < 3) return "d".repeat(Math.max(20, cellChars));
    if (name === "aree_utenza" && row < 3) return Array(valuesPerCell).fill("anziani").join("|");
    return valid[name] ?? "x";
  };
  // As many rows as fit in the upload limit (the rest of the shape is what is tested).
  const perCell = (name: string) => value(name, 5).length + (format === "json" ? name.length + 6 : 3);
  const rowBytes = names.reduce((sum, name) => sum + perCell(name), 2);
  const bigCells = 3 * (cellChars + valuesPerCell * 8);
  const count = Math.max(0, Math.min(rows, Math.floor((MAX_IMPORT_BYTES * 0.9 - bigCells) / rowBytes)));
  const table = Array.from({ length: count }, (_, row) => names.map((name) => value(name, row)));
  const text =
    format === "csv"
      ? Papa.unparse([names, ...table], { delimiter: ";" })
      : JSON.stringify(table.map((cells) => Object.fromEntries(names.map((name, i) => [name, cells[i]]))));
  return { bytes: new TextEncoder().encode(text), count };
}

describe("import of any shape (property-based)", () => {
  it("ends in rows or a clear refusal, in bounded time and memory", { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(shape, async (drawn) => {
        const { bytes, count } = fileOf(drawn);
        expect(bytes.length).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
        const started = performance.now();
        const parsed = await parseInWorker(bytes, drawn.format, reference);
        const seconds = (performance.now() - started) / 1000;
        const messages = parsed.problems.map((problem) => problem.message).join("\n");
        expect(messages).not.toMatch(SAFETY_NET);
        expect(seconds).toBeLessThan(45);
        expect(parsed.problems.length).toBeLessThanOrEqual(MAX_IMPORT_PROBLEMS);
        expect(JSON.stringify(parsed.problems).length).toBeLessThan(1024 * 1024);
        if (parsed.problemCount === 0) expect(parsed.rows.length).toBe(count);
        else for (const problem of parsed.problems) expect(problem.message.length).toBeGreaterThan(10);
        // A JSON list is counted before its objects are read; a CSV header is read first.
        if (count > MAX_IMPORT_ROWS && (drawn.format === "json" || drawn.columns <= MAX_IMPORT_COLUMNS))
          expect(messages).toMatch(/il limite è 20\.000/);
        else if (drawn.columns > MAX_IMPORT_COLUMNS && count > 0) expect(messages).toMatch(/colonne: il modello/);
      }),
      { numRuns: 12 },
    );
  });
});
