import Papa from "papaparse";
import writeExcelFile from "write-excel-file/node";
import { RESERVED_CODE_PREFIX } from "@/lib/import/validate-rows";
import { ENTITY_KINDS, SERVICE_TYPES, STATUSES, SUSTAINABILITY, type EnumOption } from "@/lib/practices/enum-labels";
import {
  FIELD_LABELS,
  FIELD_NAMES,
  MULTI_VALUE_SEPARATOR,
  REQUIRED_FIELDS,
  TERM_FIELDS,
  type FieldName,
  type TermField,
} from "@/lib/practices/practice-fields";
import type { Reference } from "@/lib/practices/practice-input";

// The downloadable template: one column per field, in FIELD_NAMES order, and one example row
// whose code is reserved, so the example is refused if it is imported by mistake.

export const TEMPLATE_EXAMPLE_CODE = `${RESERVED_CODE_PREFIX}MODELLO-1`;

const EXAMPLE: Record<FieldName, string> = {
  codice: TEMPLATE_EXAMPLE_CODE,
  titolo: "Spesa e farmaci a domicilio per le persone anziane",
  sintesi: "Volontari e operatori consegnano spesa e farmaci a chi ha più di 65 anni e vive solo.",
  descrizione:
    "Le richieste arrivano al numero verde del Comune; i volontari della protezione civile consegnano a domicilio entro 24 ore.",
  data_avvio: "16/03/2020",
  tipo_servizio: "nuovo",
  operatori_totale: "24",
  operatori_interni: "6",
  operatori_volontari: "18",
  fonti_finanziamento: ["fondi-comunali", "Fondi nazionali"].join(MULTI_VALUE_SEPARATOR),
  note_finanziamento: "",
  aree_utenza: ["Anziani (65 anni e più)", "disabili"].join(MULTI_VALUE_SEPARATOR),
  tecnologie: "numero-verde",
  reti: ["volontariato-protezione-civile", "Parrocchie e Caritas"].join(MULTI_VALUE_SEPARATOR),
  canali: ["telefono", "domicilio"].join(MULTI_VALUE_SEPARATOR),
  riscontri: "Le famiglie chiedono che il servizio prosegua.",
  innovazione: "Prima collaborazione strutturata tra servizi sociali e protezione civile.",
  sostenibilita: "continua",
  note_sostenibilita: "",
  risorse_necessarie: "",
  difficolta: "",
  consigli_replica: "",
  contatto_pubblico: "",
  stato: "pubblicata",
  ente_nome: "Comune di Forlì",
  ente_tipo: "comune",
  ente_codice_istat: "040012",
  regione: "Emilia-Romagna",
  provincia: "Forlì-Cesena",
};

const options = (list: EnumOption<string>[]) => list.map((o) => `${o.slug} (${o.label})`).join("; ");

const FIXED_VALUES: Partial<Record<FieldName, string>> = {
  codice:
    "Codice della scheda: lettere, cifre, . - _ (massimo 40). Una scheda con lo stesso codice viene aggiornata, solo nei campi che il file indica: una colonna assente o una cella vuota lasciano il campo com'è (salvo la scelta «le celle vuote cancellano»).",
  data_avvio: "AAAA-MM-GG o GG/MM/AAAA",
  tipo_servizio: options(SERVICE_TYPES),
  operatori_totale: "Numero intero",
  operatori_interni: "Numero intero",
  operatori_volontari: "Numero intero",
  sostenibilita: `${options(SUSTAINABILITY)}. Vuoto, per una scheda nuova: non-noto`,
  stato: `${options(STATUSES)}. Vuoto: pubblicata per una scheda nuova; una scheda già presente mantiene il suo stato`,
  ente_tipo: options(ENTITY_KINDS),
  ente_codice_istat: "6 cifre (es. 040012); gli zeri iniziali tolti da Excel vengono rimessi",
};

export type ColumnGuide = { field: FieldName; label: string; required: boolean; values: string };

/** What each column accepts, from the current vocabularies: for the page and the template. */
export function columnGuide(reference: Reference): ColumnGuide[] {
  return FIELD_NAMES.map((field) => {
    const vocabulary = field in TERM_FIELDS ? TERM_FIELDS[field as TermField] : null;
    const values = vocabulary
      ? `Uno o più valori separati da ${MULTI_VALUE_SEPARATOR}: ${reference.terms
          .filter((t) => t.vocabulary === vocabulary)
          .map((t) => `${t.slug} (${t.label})`)
          .join("; ")}`
      : field === "regione"
        ? reference.regions.map((r) => r.name).join("; ")
        : (FIXED_VALUES[field] ?? "Testo libero");
    return {
      field,
      label: FIELD_LABELS[field],
      required: REQUIRED_FIELDS.includes(field) || field === "aree_utenza",
      values,
    };
  });
}

/** UTF-8 with BOM and ";" so that Excel in Italian opens it in columns with accents intact. */
export function templateCsv(): string {
  return (
    "\uFEFF" +
    Papa.unparse([FIELD_NAMES, FIELD_NAMES.map((field) => EXAMPLE[field])], {
      delimiter: ";",
      newline: "\r\n",
      escapeFormulae: true,
    }) +
    "\r\n"
  );
}

export async function templateXlsx(reference: Reference): Promise<Buffer> {
  const bold = (value: string) => ({ value, fontWeight: "bold" as const });
  const guide = columnGuide(reference);
  return writeExcelFile([
    {
      sheet: "Schede",
      data: [FIELD_NAMES.map(bold), FIELD_NAMES.map((field) => EXAMPLE[field] || null)],
      columns: FIELD_NAMES.map((field) => ({ width: field === "descrizione" || field === "sintesi" ? 50 : 22 })),
      stickyRowsCount: 1,
    },
    {
      sheet: "Istruzioni",
      data: [
        ["colonna", "significato", "obbligatoria", "valori ammessi"].map(bold),
        ...guide.map((column) => [column.field, column.label, column.required ? "sì" : "no", column.values]),
      ],
      columns: [{ width: 22 }, { width: 34 }, { width: 12 }, { width: 100 }],
    },
  ]).toBuffer();
}
