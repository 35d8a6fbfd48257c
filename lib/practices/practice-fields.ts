import type { Vocabulary } from "@/lib/generated/prisma/enums";

// The fields of a sheet as people write them: the edit form's input names and the import
// file's column headers are the same, so one zod schema (practice-input.ts) validates both.

export const FIELD_LABELS = {
  codice: "Codice",
  titolo: "Titolo",
  sintesi: "Sintesi",
  descrizione: "Descrizione del servizio",
  data_avvio: "Data di avvio",
  tipo_servizio: "Tipo di servizio",
  operatori_totale: "Operatori coinvolti (totale)",
  operatori_interni: "di cui personale del servizio",
  operatori_volontari: "di cui volontari",
  fonti_finanziamento: "Fonti di finanziamento",
  note_finanziamento: "Note sul finanziamento",
  aree_utenza: "Aree di utenza",
  tecnologie: "Tecnologie",
  reti: "Reti di collaborazione",
  canali: "Canali di comunicazione",
  riscontri: "Riscontri di operatori e cittadini",
  innovazione: "Portata innovativa",
  sostenibilita: "Sostenibilità",
  note_sostenibilita: "Note sulla sostenibilità",
  risorse_necessarie: "Risorse necessarie",
  difficolta: "Difficoltà incontrate",
  consigli_replica: "Consigli per chi vuole replicarla",
  contatto_pubblico: "Contatto pubblico dell'ente",
  stato: "Stato di pubblicazione",
  ente_nome: "Ente erogatore",
  ente_tipo: "Tipo di ente",
  ente_codice_istat: "Codice ISTAT del comune",
  regione: "Regione",
  provincia: "Provincia",
} as const;

export type FieldName = keyof typeof FIELD_LABELS;
export const FIELD_NAMES = Object.keys(FIELD_LABELS) as FieldName[];

export const TERM_FIELDS = {
  aree_utenza: "AREA",
  fonti_finanziamento: "FUNDING",
  tecnologie: "TECHNOLOGY",
  reti: "NETWORK",
  canali: "CHANNEL",
} as const satisfies Partial<Record<FieldName, Vocabulary>>;

export type TermField = keyof typeof TERM_FIELDS;

export const REQUIRED_FIELDS: FieldName[] = [
  "codice",
  "titolo",
  "sintesi",
  "descrizione",
  "tipo_servizio",
  "ente_nome",
  "ente_tipo",
  "regione",
];

/** Separator of multiple values inside one cell of an import file. */
export const MULTI_VALUE_SEPARATOR = "|";
