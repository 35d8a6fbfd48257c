import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/import/limits";
import { TEMPLATE_EXAMPLE_CODE, templateCsv, templateXlsx } from "@/lib/import/template";
import { FIELD_NAMES } from "@/lib/practices/practice-fields";
import { loadReference } from "@/lib/practices/reference";
import { analyse, fixture } from "../fixtures/import/fixture-files";

// The template reads back through the import: its example row is valid in everything but its
// reserved code, so importing the template unchanged is refused on that cell alone. And the
// limits refuse oversized files before any row is looked at.

afterAll(async () => {
  await db.$disconnect();
});

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("template", () => {
  it.each([
    ["modello.csv", async () => utf8(templateCsv())],
    ["modello.xlsx", async () => new Uint8Array(await templateXlsx(await loadReference()))],
  ])("%s has one column per field and an example refused only for its code", async (name, build) => {
    const bytes = await build();
    const { summary } = await analyse({ name, bytes });
    expect(summary.problems).toEqual([
      { row: 2, column: "codice", letter: "A", message: expect.stringContaining("riservati alle schede illustrative") },
    ]);

    if (name.endsWith(".csv")) {
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
      expect(text.startsWith("\uFEFF" + FIELD_NAMES.join(";") + "\r\n")).toBe(true);
      const renamed = text.replace(TEMPLATE_EXAMPLE_CODE, "COMUNE-FORLI-1");
      const valid = await analyse({ name, bytes: utf8(renamed) });
      expect(valid.summary.problems).toEqual([]);
      expect(valid.rows[0]?.draft).toMatchObject({
        code: "COMUNE-FORLI-1",
        status: "PUBLISHED",
        startDate: "2020-03-16",
      });
    }
  });
});

describe("limits", () => {
  it(`refuses a file over ${MAX_IMPORT_BYTES} bytes before reading it`, async () => {
    const { summary } = await analyse({ name: "grande.csv", bytes: new Uint8Array(MAX_IMPORT_BYTES + 1) });
    expect(summary.problems).toEqual([
      { row: null, column: null, message: expect.stringContaining("supera il limite di 10 MB") },
    ]);
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows`, async () => {
    const header = FIELD_NAMES.join(";");
    const line = FIELD_NAMES.map((field) => (field === "codice" ? "X" : "")).join(";");
    const { summary } = await analyse({
      name: "lungo.csv",
      bytes: utf8([header, ...Array(MAX_IMPORT_ROWS + 1).fill(line)].join("\n")),
    });
    expect(summary.problems).toEqual([
      { row: null, column: null, message: expect.stringContaining("il limite è 20.000") },
    ]);
  });

  it("refuses an unknown extension and an empty file", async () => {
    expect((await analyse({ name: "schede.ods", bytes: utf8("x") })).summary.problems[0]?.message).toMatch(
      /Formato non riconosciuto/,
    );
    expect(
      (await analyse({ name: "vuoto.csv", bytes: utf8(FIELD_NAMES.join(";") + "\n\n") })).summary.problems[0]?.message,
    ).toMatch(/non contiene schede/);
  });

  it("reports unbalanced quotes with their row", async () => {
    const text = new TextDecoder()
      .decode(fixture("valid-semicolon.csv").bytes)
      .replace('"Il servizio', '"Il servizio"x"');
    const { summary } = await analyse({ name: "virgolette.csv", bytes: utf8(text) });
    expect(summary.problems.some((p) => /Virgolette/.test(p.message))).toBe(true);
  });
});
