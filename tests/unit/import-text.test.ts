import { describe, expect, it } from "vitest";
import { decodeText, detectDelimiter, doubleEncodedExcerpt } from "@/lib/import/decode-text";
import { readTable } from "@/lib/import/read-table";
import { importFormatOf } from "@/lib/import/limits";
import { columnLetter } from "@/lib/import/problems";

describe("decodeText", () => {
  const text = "Forlì;Città;perché";

  it("reads UTF-8 with and without BOM", () => {
    expect(decodeText(new TextEncoder().encode(text))).toEqual({ text, encoding: "utf-8" });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toEqual({
      text,
      encoding: "utf-8",
    });
  });

  it("falls back to Windows-1252 for bytes that are not UTF-8", () => {
    expect(decodeText(new Uint8Array(Buffer.from(text, "latin1")))).toEqual({ text, encoding: "windows-1252" });
    // 0x80 and 0x92 are € and ’ in Windows-1252 (control characters in Latin-1).
    expect(decodeText(new Uint8Array([0x80, 0x20, 0x92])).text).toBe("€ ’");
  });

  it("reads UTF-16 with BOM (Excel's Unicode text)", () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]))).toEqual({
      text,
      encoding: "utf-16le",
    });
  });

  it("reads UTF-16 without BOM, either byte order", () => {
    const csv = "codice;titolo\r\nA1;Città";
    expect(decodeText(new Uint8Array(Buffer.from(csv, "utf16le")))).toEqual({ text: csv, encoding: "utf-16le" });
    const bigEndian = Buffer.from(csv, "utf16le").swap16();
    expect(decodeText(new Uint8Array(bigEndian))).toEqual({ text: csv, encoding: "utf-16be" });
  });
});

describe("accents converted twice between encodings", () => {
  // What Excel shows after opening a UTF-8 file as Windows-1252 and saving it again.
  const garbled = (text: string) => new TextDecoder("windows-1252").decode(new TextEncoder().encode(text));

  it("are found, with a little of the text around them", () => {
    expect(garbled("perché")).toBe("perchÃ©");
    expect(doubleEncodedExcerpt(`Servizio ${garbled("perché")} utile`)).toBe("Servizio perchÃ© utile");
    expect(doubleEncodedExcerpt(garbled("l’anziano"))).toBe("lâ€™anziano");
    expect(doubleEncodedExcerpt(garbled("È così"))).not.toBeNull();
    // «à» whose no-break space became a plain space on the way.
    expect(doubleEncodedExcerpt("le attivit\u00C3 di quartiere")).toBe("le attivitÃ di quartiere");
  });

  it("are not seen in correct Italian text, symbols and other languages", () => {
    for (const text of ["Città, perché, più, così, È, à", "€ 1.000 · «virgolette» ’apostrofo’ °C", "São Tomé, Ñandú"])
      expect(doubleEncodedExcerpt(text)).toBeNull();
  });

  it("stop the import at the first cell that has them, naming its row and column", async () => {
    const csv = `codice;titolo;sintesi\r\nA1;Spesa;Per chi è solo\r\nA2;Pasti;${garbled("Attività per anziani")}\r\nA3;Altro;${garbled("Città")}`;
    const table = await readTable(new TextEncoder().encode(csv), "csv");
    const problems = table.problems.list();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 3, column: "sintesi" });
    // Whitespace, the no-break space of «à» included, is shown as one space.
    expect(problems[0]!.message).toContain("«AttivitÃ per anziani»");
    expect(problems[0]!.message).toContain("CSV UTF-8");
  });
});

describe("detectDelimiter", () => {
  it("decides on the header line alone", () => {
    expect(detectDelimiter("codice;titolo;sintesi\r\nA;Uno, due, tre, quattro;x")).toBe(";");
    expect(detectDelimiter("codice,titolo\nA;B;C;D,x")).toBe(",");
    expect(detectDelimiter("codice\ttitolo\n")).toBe("\t");
  });
});

describe("columnLetter and importFormatOf", () => {
  it("names columns as spreadsheets do", () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(["A", "B", "Z", "AA", "AB", "ZZ", "AAA"]);
  });

  it("knows formats by extension only", () => {
    expect(["schede.CSV", "a.b.xlsx", "dati.json", "vecchio.xls", "senza"].map(importFormatOf)).toEqual([
      "csv",
      "xlsx",
      "json",
      null,
      null,
    ]);
  });
});
