import { describe, expect, it } from "vitest";
import { decodeText, detectDelimiter } from "@/lib/import/decode-text";
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
