import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { jsonSyntaxError } from "@/lib/import/json-syntax";
import { readTable, UnreadableFileError } from "@/lib/import/read-table";
import { readUploadedFile } from "@/lib/import/upload";

// What a file that cannot be read as it is named says to the editor: in Italian, where in the file,
// and what to do — a broken JSON, Excel's «sep=;» line, a workbook renamed .csv, an empty file.

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/import");
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));
const utf8 = (text: string) => new TextEncoder().encode(text);

async function refusal(bytes: Uint8Array, format: "csv" | "json" | "xlsx") {
  const error = await readTable(bytes, format).then(
    () => null,
    (error: unknown) => error,
  );
  expect(error).toBeInstanceOf(UnreadableFileError);
  return (error as Error).message;
}

describe("a broken JSON file", () => {
  it("is told in Italian, with line, column and the text around the mistake", async () => {
    const text = '[\n  { "codice": "A1", "titolo": "Spesa" },\n  { "codice": "A2", "titolo": "Pasti" },\n]';
    expect(await refusal(utf8(text), "json")).toBe(
      'Il file non è un JSON valido (riga 4, colonna 1): c\'è una virgola di troppo prima di «]». Vicino a: «"A2", "titolo": "Pasti" }, ]».',
    );
  });

  it.each([
    ['[{ "codice": "A1" "titolo": "Spesa" }]', 1, 19, "manca una virgola"],
    ["[{ codice: 'A1' }]", 1, 4, "il nome di una colonna va scritto tra virgolette doppie"],
    ['[{ "codice" "A1" }]', 1, 13, "manca «:» dopo il nome della colonna"],
    ["[{ \"codice\": 'A1' }]", 1, 14, "un testo va scritto tra virgolette doppie"],
    ['[{ "codice": "A1\n" }]', 1, 17, "va a capo"],
    ['[{ "codice": "A1" }]\n]', 2, 1, "il file continua dopo la fine dell'elenco"],
    ['[{ "codice": "A1", "titolo": "Spesa }]', 1, 30, "un testo tra virgolette non è chiuso"],
    ['[{ "codice": "A1" ]', 1, 19, "«]» chiude una «{»"],
    ['[\n{ "codice": "A1" },\n{ "codice": "A2"', 3, 17, "il file finisce prima di chiudere"],
  ])("%j: riga %i, colonna %i, «%s»", async (text, line, column, reason) => {
    const message = await refusal(utf8(text), "json");
    expect(message).toContain(`Il file non è un JSON valido (riga ${line}, colonna ${column}): `);
    expect(message).toContain(reason);
    expect(message).not.toMatch(/Unexpected|Expected|position/);
  });
});

describe("the JSON scanner behind those messages", () => {
  const isValid = (text: string) => {
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  };

  it("finds an error exactly where JSON.parse fails", () => {
    const piece = fc.constantFrom(
      ..."[ ] { } , : 1 0 01 -1 .5 1e5 -  \n ' x \\ \" \t true nul".split(" "),
      '"a"',
      '"\\u00e8"',
      '"\\q"',
      '"\n"',
      "",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(jsonSyntaxError(text) === null).toBe(isValid(text));
      }),
      { numRuns: 5_000 },
    );
    fc.assert(fc.property(fc.json(), (text) => jsonSyntaxError(text) === null));
  });

  it("does not overflow on deep nesting", () => {
    expect(jsonSyntaxError("[".repeat(1_000_000))?.reason).toBe(
      "il file finisce prima di chiudere l'elenco: manca una «]»",
    );
  });
});

describe("Excel's «sep=» line", () => {
  const semicolon = new TextDecoder().decode(fixture("valid-semicolon.csv"));

  it("sets the separator and is not read as the header", async () => {
    const plain = await readTable(utf8(semicolon), "csv");
    const comma = Papa.unparse(Papa.parse<string[]>(semicolon, { delimiter: ";" }).data);
    for (const [separator, text] of [
      [";", semicolon],
      [",", comma],
    ]) {
      const table = await readTable(utf8(`sep=${separator}\r\n${text}`), "csv");
      expect(table.problems.list()).toEqual([]);
      expect(table.columns).toEqual(plain.columns);
      // Rows as Excel shows the file, which hides that line: the header is row 1.
      expect(table.records).toEqual(plain.records);
      expect(table.details).toBe(`codifica UTF-8, separatore «${separator}» (indicato dalla riga «sep=»)`);
    }
  });

  it("wins over the separator the header suggests", async () => {
    const table = await readTable(utf8(`sep=,\ncodice,titolo;sottotitolo\nA1,Spesa;pasti`), "csv");
    expect(table.columns).toEqual(["codice", "titolo;sottotitolo"]);
  });

  it("naming a separator the import does not read, is refused with the ones it does", async () => {
    expect(await refusal(utf8(`sep=|\ncodice|titolo\nA1|Spesa`), "csv")).toBe(
      "La prima riga del file («sep=|») indica il separatore «|»: l'importazione legge «;», «,» e la tabulazione. Salva di nuovo il file come «CSV UTF-8».",
    );
  });
});

describe("a workbook with another extension", () => {
  it("renamed .csv is read as the workbook it is, and the details say so", async () => {
    const workbook = await readTable(fixture("valid.xlsx"), "xlsx");
    const renamed = await readTable(fixture("valid.xlsx"), "csv");
    expect(renamed.records).toEqual(workbook.records);
    expect(renamed.details).toBe("primo foglio della cartella di lavoro (il file è un .xlsx, non un .csv)");
  });

  it("in the old .xls format is refused with what to do", async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]);
    expect(await refusal(xls, "csv")).toBe(
      "Il file è una cartella di lavoro Excel nel vecchio formato .xls, non un .csv: aprilo in Excel e salvalo come .xlsx (o come «CSV UTF-8»).",
    );
  });
});

describe("an empty file", () => {
  const EMPTY = "Il file è vuoto: non contiene né l'intestazione né schede. Controlla di aver scelto il file giusto.";

  it.each([
    ["a .csv of 0 bytes", "csv", new Uint8Array(0)],
    ["a .json of 0 bytes", "json", new Uint8Array(0)],
    ["a .xlsx of 0 bytes", "xlsx", new Uint8Array(0)],
    ["a .csv with only its BOM", "csv", new Uint8Array([0xef, 0xbb, 0xbf])],
    ["a .csv of blank lines", "csv", utf8("\r\n\r\n")],
    ["a .json of spaces", "json", utf8("  \n")],
  ] as const)("%s says so", async (_, format, bytes) => {
    expect(await refusal(bytes, format)).toBe(EMPTY);
  });

  it("is sent on to be read, not taken for no file at all", async () => {
    const upload = async (file: File) => {
      const form = new FormData();
      form.append("file", file);
      return readUploadedFile(new Request("http://localhost/api/admin/import", { method: "POST", body: form }));
    };
    expect(await upload(new File([], "schede.csv"))).toMatchObject({
      file: { name: "schede.csv", bytes: new Uint8Array(0) },
    });
    // What a browser sends when no file was chosen.
    expect(await upload(new File([], ""))).toEqual({ error: "file" });
  });
});
