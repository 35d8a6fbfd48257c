import { inflateRawSync } from "node:zlib";
import { zipSync } from "fflate";
import { readSheet } from "read-excel-file/universal";
import {
  MAX_XLSX_PARTS,
  MAX_XLSX_UNZIPPED_BYTES,
  MAX_XML_TAG_BYTES,
  MAX_XML_WHITESPACE_RUN,
} from "@/lib/import/limits";

// An .xlsx is a zip of XML parts. read-excel-file unzips and parses whatever it is given, so a
// few kilobytes can unpack to gigabytes (a zip bomb) or to XML its parser chokes on. Here the
// parts it reads are unpacked first under a budget — the sizes the archive declares are checked
// before inflating, and inflating stops at the declared size, so a lie fails instead of growing —
// the XML is scanned for what makes the parser quadratic, and only then handed over, re-packed
// without compression, so the library unzips exactly the bytes that were checked.

/** The workbook cannot be read within the limits; the message says why, for the user. */
export class WorkbookRefusedError extends Error {}

const UNREADABLE = "Il file non è una cartella di lavoro Excel (.xlsx) leggibile.";
const MB = 1024 * 1024;

/** The parts read-excel-file reads (its own filter): the rest (images, printer settings) is skipped. */
const isXmlPart = (name: string) => name.endsWith(".xml") || name.endsWith(".xml.rels");

type Entry = { name: string; method: number; compressedSize: number; size: number; localOffset: number };

function centralDirectory(zip: Uint8Array): Entry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  const stop = Math.max(0, zip.length - 22 - 65_535);
  while (end >= stop && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < stop) throw new WorkbookRefusedError(UNREADABLE);
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  // Zip64 (over 65,535 parts or 4 GB) is never needed by a sheet of this size.
  if (count === 0xffff || offset === 0xffffffff) throw new WorkbookRefusedError(UNREADABLE);
  if (count > MAX_XLSX_PARTS * 5) throw new WorkbookRefusedError(`${UNREADABLE} Contiene ${count} parti.`);
  const decoder = new TextDecoder();
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > zip.length || view.getUint32(offset, true) !== 0x02014b50)
      throw new WorkbookRefusedError(UNREADABLE);
    const nameLength = view.getUint16(offset + 28, true);
    const next = offset + 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    entries.push({
      name: decoder.decode(zip.subarray(offset + 46, offset + 46 + nameLength)),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      localOffset: view.getUint32(offset + 42, true),
    });
    offset = next;
  }
  return entries;
}

function inflateEntry(zip: Uint8Array, entry: Entry): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const local = entry.localOffset;
  if (local + 30 > zip.length || view.getUint32(local, true) !== 0x04034b50) throw new WorkbookRefusedError(UNREADABLE);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new WorkbookRefusedError(UNREADABLE);
  if (entry.method === 0) {
    if (data.length !== entry.size) throw new WorkbookRefusedError(UNREADABLE);
    return data;
  }
  if (entry.method !== 8) throw new WorkbookRefusedError(UNREADABLE);
  try {
    // Stops as soon as the output passes the declared size: the actual bytes are what is bounded.
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    if (out.length !== entry.size) throw new WorkbookRefusedError(UNREADABLE);
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch (error) {
    if (error instanceof WorkbookRefusedError) throw error;
    throw new WorkbookRefusedError(UNREADABLE);
  }
}

/** Refuses XML with a run of whitespace or a single tag longer than the limits (one linear pass). */
export function checkXmlShape(name: string, xml: Uint8Array) {
  let spaces = 0;
  let tagStart = -1;
  for (let i = 0; i < xml.length; i++) {
    const byte = xml[i];
    if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d) {
      if (++spaces > MAX_XML_WHITESPACE_RUN)
        throw new WorkbookRefusedError(
          `Il file .xlsx contiene XML anomalo (più di ${MAX_XML_WHITESPACE_RUN} spazi consecutivi in ${name}): aprilo e salvalo di nuovo con Excel o LibreOffice.`,
        );
      continue;
    }
    spaces = 0;
    if (byte === 0x3c) tagStart = i;
    else if (byte === 0x3e) tagStart = -1;
    if (tagStart >= 0 && i - tagStart > MAX_XML_TAG_BYTES)
      throw new WorkbookRefusedError(
        `Il file .xlsx contiene XML anomalo (un elemento di più di ${MAX_XML_TAG_BYTES / 1024} KB in ${name}): aprilo e salvalo di nuovo con Excel o LibreOffice.`,
      );
  }
}

/** The XML parts of a workbook, unpacked within the limits and checked. */
export function unpackWorkbook(zip: Uint8Array): Record<string, Uint8Array> {
  const parts = centralDirectory(zip).filter((entry) => isXmlPart(entry.name));
  if (parts.length > MAX_XLSX_PARTS)
    throw new WorkbookRefusedError(`${UNREADABLE} Contiene ${parts.length} parti XML.`);
  const tooLarge = new WorkbookRefusedError(
    `Il file Excel, decompresso, supera il limite di ${MAX_XLSX_UNZIPPED_BYTES / MB} MB: dividilo in più file e importali uno alla volta.`,
  );
  const declared = parts.reduce((sum, entry) => sum + entry.size, 0);
  if (declared > MAX_XLSX_UNZIPPED_BYTES) throw tooLarge;
  const contents: Record<string, Uint8Array> = {};
  let unpacked = 0;
  for (const entry of parts) {
    const xml = inflateEntry(zip, entry);
    unpacked += xml.length;
    if (unpacked > MAX_XLSX_UNZIPPED_BYTES) throw tooLarge;
    checkXmlShape(entry.name, xml);
    contents[entry.name] = xml;
  }
  return contents;
}

/** The first sheet's rows, as read-excel-file reads them, from a workbook unpacked within the limits. */
export async function readFirstSheet(zip: Uint8Array): Promise<unknown[][]> {
  const stored = zipSync(unpackWorkbook(zip), { level: 0 });
  const buffer = stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.byteLength) as ArrayBuffer;
  return (await readSheet(buffer)) as unknown[][];
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]; // "PK\x03\x04", which every .xlsx starts with
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // the old .xls (and .doc)

/** A workbook by its first bytes, whatever its name says: a .xlsx renamed .csv, an old .xls. */
export function workbookKind(bytes: Uint8Array): "xlsx" | "xls" | null {
  const startsWith = (signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  return startsWith(ZIP_SIGNATURE) ? "xlsx" : startsWith(OLE_SIGNATURE) ? "xls" : null;
}
