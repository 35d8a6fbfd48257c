import type { PracticeRecord } from "@/lib/api/schemas";
import type { RawSearchParams } from "@/lib/practices/search-params";

// The side-by-side comparison of 2–3 sheets: which ones the URL asks for, and the table rows.

export const MAX_COMPARED = 3;
const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;

/** Distinct valid slugs of the `p` parameters, in order; `dropped` counts those past the third. */
export function parseCompareParams(searchParams: RawSearchParams): { slugs: string[]; dropped: number } {
  const raw = searchParams.p;
  const values = (Array.isArray(raw) ? raw : raw ? [raw] : [])
    .map((value) => value.trim().toLowerCase())
    .filter((value) => SLUG.test(value));
  const unique = [...new Set(values)];
  return { slugs: unique.slice(0, MAX_COMPARED), dropped: Math.max(0, unique.length - MAX_COMPARED) };
}

/** A compared value: text, or a list whose items are marked when every sheet shares them. */
export type CompareCell = { text: string } | { items: { label: string; shared: boolean }[] };
export type CompareRow = { label: string; cells: CompareCell[] };

const numberOrDash = (value: number | null) => (value == null ? "—" : String(value));

function listRow(
  label: string,
  records: PracticeRecord[],
  values: (record: PracticeRecord) => { slug: string; etichetta: string }[],
  note?: (record: PracticeRecord) => string | null,
): CompareRow {
  const slugSets = records.map((record) => new Set(values(record).map((value) => value.slug)));
  return {
    label,
    cells: records.map((record) => {
      const items = values(record).map((value) => ({
        label: value.etichetta,
        shared: records.length > 1 && slugSets.every((set) => set.has(value.slug)),
      }));
      const extra = note?.(record);
      return { items: extra ? [...items, { label: `Nota: ${extra}`, shared: false }] : items };
    }),
  };
}

/** 2023-05-10 → 10/05/2023 */
const italianDate = (isoDate: string) => isoDate.split("-").reverse().join("/");

function textRow(label: string, records: PracticeRecord[], value: (record: PracticeRecord) => string): CompareRow {
  return { label, cells: records.map((record) => ({ text: value(record) })) };
}

export function compareRows(records: PracticeRecord[]): CompareRow[] {
  return [
    textRow("Sintesi", records, (r) => r.sintesi),
    textRow("Ente", records, (r) => `${r.ente.nome} (${r.ente.tipo.etichetta.toLowerCase()})`),
    textRow("Regione", records, (r) => `${r.regione.nome} · ${r.regione.ripartizione.etichetta}`),
    textRow("Popolazione", records, (r) => r.ente.fascia_popolazione?.etichetta ?? "—"),
    textRow("Tipo di servizio", records, (r) => r.tipo_servizio.etichetta),
    textRow("Cosa c'è di innovativo", records, (r) => r.innovazione ?? "Non indicato"),
    listRow("Aree di utenza", records, (r) => r.aree_utenza),
    textRow("Operatori coinvolti", records, (r) => numberOrDash(r.operatori_totale)),
    textRow("di cui personale del servizio", records, (r) => numberOrDash(r.operatori_interni)),
    textRow("di cui volontari", records, (r) => numberOrDash(r.operatori_volontari)),
    listRow(
      "Fonti di finanziamento",
      records,
      (r) => r.fonti_finanziamento,
      (r) => r.note_finanziamento,
    ),
    listRow("Tecnologie", records, (r) => r.tecnologie),
    listRow("Reti di collaborazione", records, (r) => r.reti),
    listRow("Canali di comunicazione", records, (r) => r.canali),
    textRow(
      "Sostenibilità",
      records,
      (r) => r.sostenibilita.etichetta + (r.note_sostenibilita ? `. ${r.note_sostenibilita}` : ""),
    ),
    textRow("Com'è andata dopo", records, (r) =>
      r.stato_attuale
        ? `${r.stato_attuale.stato.etichetta} (aggiornamento del ${italianDate(r.stato_attuale.data)})`
        : "—",
    ),
    textRow("Replicata da", records, (r) =>
      r.numero_repliche === 0
        ? "Non ancora replicata"
        : `${r.numero_repliche} ${r.numero_repliche === 1 ? "ente" : "enti"}`,
    ),
    textRow("Risorse necessarie", records, (r) => r.risorse_necessarie ?? "—"),
    textRow("Difficoltà incontrate", records, (r) => r.difficolta ?? "—"),
    textRow("Consigli per chi vuole replicarla", records, (r) => r.consigli_replica ?? "—"),
    textRow("Contatto pubblico dell'ente", records, (r) => r.contatto_pubblico ?? "—"),
    textRow("Data di avvio", records, (r) => (r.data_avvio ? italianDate(r.data_avvio) : "—")),
  ];
}
