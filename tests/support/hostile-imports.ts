import { readFileSync } from "node:fs";
import path from "node:path";
import { crc32, deflateRawSync } from "node:zlib";
import { strFromU8, strToU8, unzipSync } from "fflate";
import Papa from "papaparse";
import { FIELD_NAMES } from "../../lib/practices/practice-fields.ts";
import { TEST_VALID_ROW } from "./reference.ts";

// Small files that took a whole server process down before the import was bounded (issue #12):
// each is a few hundred kilobytes to 2 MB, and each must now fail its own import with a clear
// message, quickly, in bounded memory. Shared by the unit tests and the fault suite.

export type HostileFile = {
  name: string;
  bytes: Uint8Array;
  /** What the refusal or a problem says. */ expect: RegExp;
};

const utf8 = (text: string) => new TextEncoder().encode(text);
const valid: Record<string, string> = TEST_VALID_ROW;
const validRow = () => FIELD_NAMES.map((field) => valid[field] ?? "");
const rowWith = (field: string, value: string) => FIELD_NAMES.map((f) => (f === field ? value : (valid[f] ?? "")));
const csv = (rows: string[][]) => utf8(Papa.unparse(rows, { delimiter: ";" }));

/** A zip written by hand, so that an entry may declare a size other than its content's. */
export function zipOf(entries: { name: string; data: Uint8Array; size?: number; deflate?: boolean }[]) {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const { name, data, size, deflate = true } of entries) {
    const stored = deflate ? deflateRawSync(data) : data;
    const nameBytes = utf8(name);
    const fields = (header: DataView) => {
      header.setUint16(deflate ? 8 : 8, deflate ? 8 : 0, true);
      header.setUint32(14, crc32(data), true);
      header.setUint32(18, stored.length, true);
      header.setUint32(22, size ?? data.length, true);
      header.setUint16(26, nameBytes.length, true);
    };
    const local = new Uint8Array(30 + nameBytes.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    fields(lv);
    local.set(nameBytes, 30);
    const central = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    // The central header's fields sit two bytes further than the local header's.
    const shifted = new DataView(central.buffer, 2);
    fields(shifted);
    cv.setUint32(42, offset, true);
    central.set(nameBytes, 46);
    locals.push(local, stored);
    centrals.push(central);
    offset += local.length + stored.length;
  }
  const centralSize = centrals.reduce((sum, c) => sum + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  return Buffer.concat([...locals, ...centrals, end]);
}

/** The valid fixture workbook's XML parts, to tamper with. */
function workbookParts() {
  const fixture = path.join(import.meta.dirname, "../fixtures/import/valid.xlsx");
  return unzipSync(new Uint8Array(readFileSync(fixture)));
}

function workbookWith(sheet: (xml: string) => string, extra: { name: string; data: Uint8Array; size?: number }[] = []) {
  const parts = workbookParts();
  const name = "xl/worksheets/sheet1.xml";
  const original = parts[name];
  if (!original) throw new Error(`${name} missing from the fixture workbook`);
  parts[name] = strToU8(sheet(strFromU8(original)));
  return zipOf([...Object.entries(parts).map(([part, data]) => ({ name: part, data })), ...extra]);
}

export function hostileFiles(): HostileFile[] {
  const header = [...FIELD_NAMES];
  return [
    {
      name: "un-milione-di-colonne.csv",
      bytes: utf8(Array.from({ length: 1_000_000 }, (_, i) => `c${i % 10}`).join(";")),
      expect: /1\.000\.000 colonne/,
    },
    {
      name: "stesso-codice.csv",
      bytes: csv([header, ...Array.from({ length: 5_000 }, validRow)]),
      expect: /compare anche alle righe 3, 4, 5, 6, 7 e in altre 4\.?994:/,
    },
    {
      name: "un-milione-di-valori.csv",
      bytes: csv([header, rowWith("aree_utenza", "|".repeat(1_000_000))]),
      expect: /La cella contiene 1\.000\.000 caratteri/,
    },
    {
      name: "molti-valori.csv",
      bytes: csv([header, rowWith("aree_utenza", "anziani|".repeat(3_000))]),
      expect: /più di 50 valori in una cella/,
    },
    {
      name: "colonne-vuote.csv",
      bytes: csv([
        [...header, ...Array(300).fill("")],
        ...Array.from({ length: 400 }, () => [...Array(header.length).fill(""), ...Array(300).fill("x")]),
      ]),
      expect: /più celle delle colonne/,
    },
    {
      name: "spazi-nel-foglio.xlsx",
      bytes: workbookWith((xml) => xml.replace("<row ", `<row${" ".repeat(3_000_000)} `)),
      expect: /spazi consecutivi/,
    },
    {
      name: "bomba.xlsx",
      // 1 GB of XML declared honestly: refused before inflating.
      bytes: workbookWith((xml) => xml, [{ name: "xl/bomba.xml", data: new Uint8Array(1024), size: 1024 ** 3 }]),
      expect: /decompresso, supera il limite di 64 MB/,
    },
    {
      name: "bomba-bugiarda.xlsx",
      // 100 MB of XML that declares 1 KB: inflating stops at the declared size.
      bytes: workbookWith((xml) => xml, [{ name: "xl/bomba.xml", data: new Uint8Array(100 * 1024 ** 2), size: 1024 }]),
      expect: /non è una cartella di lavoro Excel/,
    },
    {
      name: "nomi-nulli.json",
      bytes: utf8(JSON.stringify([{ ...TEST_VALID_ROW, "\u0000codice": "x", "\ud800": "y" }])),
      // "\u0000codice" reads as codice (a repeated column); the lone surrogate as an unknown column.
      expect: /La colonna «codice» compare più di una volta(.|\n)*Colonna sconosciuta «\uFFFD»/,
    },
    {
      name: "valore-enorme.csv",
      bytes: csv([header, rowWith("tipo_servizio", "z".repeat(29_000))]),
      expect: /Tipo di servizio: «z{60}…» non è un valore ammesso/,
    },
    {
      name: "righe-vuote.csv",
      bytes: utf8(`${header.join(";")}\n${"\n".repeat(2_000_000)}`),
      expect: /più di 100\.000 righe/,
    },
  ];
}
