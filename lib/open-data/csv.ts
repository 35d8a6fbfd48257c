import Papa from "papaparse";
import type { PracticeRecord } from "@/lib/api/schemas";
import { FIELD_NAMES, MULTI_VALUE_SEPARATOR, type FieldName } from "@/lib/practices/practice-fields";

// The CSV download. Its first columns are the import template's (FIELD_NAMES, same values the
// import accepts), so a downloaded file can be edited and imported back; the columns after them
// only describe the published copy.

export const EXTRA_COLUMNS = {
  illustrativa: "true se la scheda è un esempio inventato, non un servizio reale",
  slug: "Parte finale dell'indirizzo della scheda",
  url: "Indirizzo della scheda nel catalogo",
  ente_slug: "Parte finale dell'indirizzo della pagina dell'ente",
  fascia_popolazione: "Fascia di popolazione dell'ente",
  ripartizione: "Ripartizione geografica ISTAT della regione",
  pubblicata_il: "Data e ora della prima pubblicazione (UTC, ISO 8601)",
  aggiornata_il: "Data e ora dell'ultimo aggiornamento (UTC, ISO 8601)",
  numero_repliche: "Quanti enti hanno replicato la pratica (repliche approvate)",
  stato_attuale: "Ultimo aggiornamento: prosegue, prosegue-modificata o terminata (vuoto se nessuno)",
  stato_attuale_data: "Data dell'ultimo aggiornamento (vuoto se nessuno)",
  versione:
    "Versione della scheda (cresce a ogni modifica): reimportando il file, le schede modificate dopo l'esportazione vengono segnalate",
} as const;

type ExtraColumn = keyof typeof EXTRA_COLUMNS;
export const CSV_COLUMNS = [...FIELD_NAMES, ...(Object.keys(EXTRA_COLUMNS) as ExtraColumn[])];

export const SEPARATORS = { virgola: ",", "punto-e-virgola": ";" } as const;
export type SeparatorName = keyof typeof SEPARATORS;

export function separatorFrom(value: string | null): SeparatorName {
  return value === "punto-e-virgola" || value === ";" ? "punto-e-virgola" : "virgola";
}

const slugs = (values: { slug: string }[]) => values.map((value) => value.slug).join(MULTI_VALUE_SEPARATOR);

/** A record as a CSV row; `status` is the sheet's (open data lists only published ones). */
export function csvRow(
  record: PracticeRecord,
  status = "pubblicata",
): Record<FieldName | ExtraColumn, string | number | null> {
  return {
    codice: record.codice,
    titolo: record.titolo,
    sintesi: record.sintesi,
    descrizione: record.descrizione,
    data_avvio: record.data_avvio,
    tipo_servizio: record.tipo_servizio.slug,
    operatori_totale: record.operatori_totale,
    operatori_interni: record.operatori_interni,
    operatori_volontari: record.operatori_volontari,
    fonti_finanziamento: slugs(record.fonti_finanziamento),
    note_finanziamento: record.note_finanziamento,
    aree_utenza: slugs(record.aree_utenza),
    tecnologie: slugs(record.tecnologie),
    reti: slugs(record.reti),
    canali: slugs(record.canali),
    riscontri: record.riscontri,
    innovazione: record.innovazione,
    sostenibilita: record.sostenibilita.slug,
    note_sostenibilita: record.note_sostenibilita,
    risorse_necessarie: record.risorse_necessarie,
    difficolta: record.difficolta,
    consigli_replica: record.consigli_replica,
    contatto_pubblico: record.contatto_pubblico,
    stato: status,
    ente_nome: record.ente.nome,
    ente_tipo: record.ente.tipo.slug,
    ente_codice_istat: record.ente.codice_istat,
    regione: record.regione.nome,
    provincia: record.ente.provincia,
    illustrativa: String(record.illustrativa),
    slug: record.slug,
    url: record.url,
    ente_slug: record.ente.slug,
    fascia_popolazione: record.ente.fascia_popolazione?.slug ?? null,
    ripartizione: record.regione.ripartizione.slug,
    pubblicata_il: record.pubblicata_il,
    aggiornata_il: record.aggiornata_il,
    numero_repliche: record.numero_repliche,
    stato_attuale: record.stato_attuale?.stato.slug ?? null,
    stato_attuale_data: record.stato_attuale?.data ?? null,
    versione: record.versione,
  };
}

/**
 * A table as CSV: UTF-8 with a byte order mark (Excel otherwise reads it as Windows-1252), CRLF
 * line ends, and every text cell that a spreadsheet would run as a formula (starting with = + - @,
 * tab or CR) prefixed with an apostrophe. Numbers stay numbers.
 */
// Papa's own pattern (/^[=+\-@\t\r].*$/) misses a multi-line cell, as "." stops at a newline.
const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv(
  columns: readonly string[],
  rows: Record<string, string | number | null>[],
  separator: SeparatorName = "virgola",
) {
  const data = rows.map((row) => columns.map((column) => row[column] ?? ""));
  return (
    "\uFEFF" +
    Papa.unparse(
      { fields: [...columns], data },
      { delimiter: SEPARATORS[separator], newline: "\r\n", escapeFormulae: FORMULA_START },
    ) +
    "\r\n"
  );
}

export function practicesCsv(
  records: PracticeRecord[],
  separator: SeparatorName,
  statusOf: (record: PracticeRecord) => string = () => "pubblicata",
) {
  return toCsv(
    CSV_COLUMNS,
    records.map((record) => csvRow(record, statusOf(record))),
    separator,
  );
}
