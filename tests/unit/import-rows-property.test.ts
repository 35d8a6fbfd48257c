import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mapColumns } from "@/lib/import/columns";
import { ProblemLog } from "@/lib/import/problems";
import { readTable, UnreadableFileError } from "@/lib/import/read-table";
import { validateRecords } from "@/lib/import/validate-rows";
import { FIELD_NAMES } from "@/lib/practices/practice-fields";
import { TEST_REFERENCE as reference, TEST_VALID_ROW } from "../support/reference";

// For any row at all, the import's row parser returns a sheet or problems that name the row,
// never an exception; for any bytes, reading a file gives a table or a clear "unreadable" error.

const valid: Record<string, unknown> = TEST_VALID_ROW;

const cell = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.constantFrom(
    "",
    " ",
    "=cmd|' /C calc'!A0",
    "<script>alert(1)</script>",
    "'; DROP TABLE x; --",
    "31/02/2020",
    "2020-13-45",
    "-1",
    "1e400",
    "NaN",
    "anziani|anziani|",
    "|||",
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: false }),
  fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }),
  fc.object({ maxDepth: 1 }),
);
// Rows that are mostly valid reach the deeper checks; fully random ones exercise the early ones.
const row = fc.oneof(
  fc.record(Object.fromEntries(FIELD_NAMES.map((name) => [name, cell])), { requiredKeys: [] }),
  fc.dictionary(fc.constantFrom(...FIELD_NAMES), cell).map((changes) => ({ ...valid, ...changes })),
);

describe("import row parser (property-based)", () => {
  it("gives a sheet or row-numbered problems for any row, never an exception", { timeout: 90_000 }, () => {
    const { columns } = mapColumns(
      { columns: FIELD_NAMES, records: [], problems: new ProblemLog(), details: "" },
      "json",
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 5 }), (cellsList) => {
        const records = cellsList.map((cells, i) => ({ row: i + 2, cells }));
        const { rows, problems: log } = validateRecords(records, columns, reference);
        const problems = log.list();
        for (const problem of problems) {
          expect(typeof problem.message).toBe("string");
          expect(problem.message.length).toBeGreaterThan(0);
        }
        for (const record of records) {
          const accepted = rows.some((r) => r.row === record.row);
          const refused = problems.some((p) => p.row === record.row || p.row === null);
          expect(accepted || refused, `row ${record.row}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reads any bytes as a table or refuses them with a clear error", { timeout: 90_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("csv", "json", "xlsx") as fc.Arbitrary<"csv" | "json" | "xlsx">,
        fc.oneof(
          fc.uint8Array({ maxLength: 2_000 }),
          fc.string({ unit: "binary", maxLength: 2_000 }).map((s) => new TextEncoder().encode(s)),
        ),
        async (format, bytes) => {
          try {
            const table = await readTable(bytes, format);
            expect(Array.isArray(table.records)).toBe(true);
            mapColumns(table, format);
          } catch (error) {
            expect(error).toBeInstanceOf(UnreadableFileError);
            expect((error as Error).message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 600 },
    );
  });
});
