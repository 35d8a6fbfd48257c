import { describe, expect, it } from "vitest";
import { mapColumns, recordInput } from "@/lib/import/columns";
import { ProblemLog } from "@/lib/import/problems";
import { CSV_COLUMNS } from "@/lib/open-data/csv";
import { FIELD_NAMES } from "@/lib/practices/practice-fields";

describe("reading back our own export", () => {
  it("accepts the export's extra columns without mapping or reporting them", () => {
    const { columns, problems } = mapColumns(
      { columns: [...CSV_COLUMNS], records: [], problems: new ProblemLog(), details: "" },
      "csv",
    );
    expect(problems.list()).toEqual([]);
    expect([...columns.fields.values()].sort()).toEqual([...FIELD_NAMES].sort());
  });

  it("still reports columns that are neither template nor export columns", () => {
    const { problems } = mapColumns(
      { columns: [...FIELD_NAMES, "colonna_misteriosa"], records: [], problems: new ProblemLog(), details: "" },
      "csv",
    );
    expect(problems.list().map((p) => p.column)).toEqual(["colonna_misteriosa"]);
  });

  it("removes the quote the export put before a formula-like cell, and only that", () => {
    const { columns } = mapColumns(
      { columns: ["codice", "titolo", "sintesi"], records: [], problems: new ProblemLog(), details: "" },
      "csv",
    );
    const { input } = recordInput(
      { row: 2, cells: { codice: "A-1", titolo: "'=SOMMA(1;2)", sintesi: "'virgolette all'inizio" } },
      columns,
      new ProblemLog(),
    );
    expect(input.titolo).toBe("=SOMMA(1;2)");
    expect(input.sintesi).toBe("'virgolette all'inizio");
  });

  it("writes a spreadsheet's decimal number with a comma, so it is refused as a count rather than read as thousands", () => {
    const { columns } = mapColumns(
      {
        columns: ["codice", "operatori_totale", "operatori_interni"],
        records: [],
        problems: new ProblemLog(),
        details: "",
      },
      "csv",
    );
    const { input } = recordInput(
      { row: 2, cells: { codice: "A-1", operatori_totale: 1.125, operatori_interni: 12 } },
      columns,
      new ProblemLog(),
    );
    expect(input.operatori_totale).toBe("1,125");
    expect(input.operatori_interni).toBe("12");
  });
});
