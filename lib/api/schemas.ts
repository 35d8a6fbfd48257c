import { z } from "zod";
import { FACET_KEYS, type FacetKey } from "@/lib/practices/facets";

// The shapes the public API answers with. The same schemas type the code that builds the
// answers (z.infer) and generate the OpenAPI document (lib/api/openapi.ts): they cannot disagree.

const nullableText = (description: string) => z.string().nullable().meta({ description });
const count = (description: string) => z.int().min(0).nullable().meta({ description });

export const CodedValueSchema = z
  .object({
    slug: z.string().meta({ description: "Valore stabile, lo stesso dei parametri di ricerca", examples: ["anziani"] }),
    etichetta: z.string().meta({ description: "Etichetta in italiano", examples: ["Anziani (65 anni e più)"] }),
  })
  .meta({ description: "Un valore di un vocabolario controllato (vedi /api/v1/vocabolari)." });

export const RegionRecordSchema = z.object({
  slug: z.string().meta({ examples: ["emilia-romagna"] }),
  nome: z.string(),
  codice_istat: z.string().meta({ description: "Codice ISTAT della regione, due cifre", examples: ["08"] }),
  ripartizione: CodedValueSchema,
  url: z.url().meta({ description: "Pagina della regione nel catalogo" }),
});

export const EntityRecordSchema = z.object({
  slug: z.string(),
  nome: z.string().meta({ examples: ["Comune di Forlì"] }),
  tipo: CodedValueSchema,
  codice_istat: nullableText("Codice ISTAT del comune (o del comune capofila di un ambito o unione), sei cifre"),
  provincia: nullableText("Provincia o città metropolitana"),
  popolazione: count("Popolazione (censimento 2011; per ambiti e unioni la somma dei comuni)"),
  fascia_popolazione: CodedValueSchema.nullable(),
  url: z.url().meta({ description: "Pagina dell'ente nel catalogo" }),
});

export const PracticeRecordSchema = z.object({
  codice: z.string().meta({ description: "Codice della scheda, stabile tra un'importazione e l'altra" }),
  slug: z.string(),
  url: z.url().meta({ description: "Pagina della scheda" }),
  titolo: z.string(),
  sintesi: z.string(),
  descrizione: z.string(),
  data_avvio: z.iso.date().nullable().meta({ description: "Data di avvio del servizio" }),
  tipo_servizio: CodedValueSchema,
  operatori_totale: count("Operatori coinvolti"),
  operatori_interni: count("Di cui personale del servizio"),
  operatori_volontari: count("Di cui volontari"),
  fonti_finanziamento: z.array(CodedValueSchema),
  note_finanziamento: nullableText("Note sul finanziamento"),
  aree_utenza: z.array(CodedValueSchema).meta({ description: "Aree di utenza ISTAT" }),
  tecnologie: z.array(CodedValueSchema),
  reti: z.array(CodedValueSchema).meta({ description: "Reti di collaborazione" }),
  canali: z.array(CodedValueSchema).meta({ description: "Canali di comunicazione" }),
  riscontri: nullableText("Riscontri di operatori e cittadini"),
  innovazione: nullableText("Portata innovativa"),
  sostenibilita: CodedValueSchema,
  note_sostenibilita: nullableText("Note sulla sostenibilità"),
  risorse_necessarie: nullableText("Risorse (persone, mezzi, spesa) necessarie per avviare la pratica"),
  difficolta: nullableText("Difficoltà incontrate"),
  consigli_replica: nullableText("Consigli per chi vuole replicarla"),
  contatto_pubblico: nullableText(
    "Contatto pubblico dell'ente (un ufficio o un indirizzo istituzionale, mai una persona)",
  ),
  ente: EntityRecordSchema,
  regione: RegionRecordSchema,
  illustrativa: z.boolean().meta({ description: "true se la scheda è un esempio inventato, non un servizio reale" }),
  numero_repliche: z.int().min(0).meta({ description: "Quanti enti hanno replicato la pratica (repliche approvate)" }),
  stato_attuale: z.object({ stato: CodedValueSchema, data: z.iso.date() }).nullable().meta({
    description:
      "L'ultimo aggiornamento «com'è andata dopo» (prosegue, prosegue-modificata, terminata) con la sua data; null se non ce ne sono. La dichiarazione del 2020 resta in sostenibilita.",
  }),
  pubblicata_il: z.iso.datetime().nullable(),
  aggiornata_il: z.iso.datetime(),
  versione: z.int().min(1).meta({
    description:
      "Versione della scheda: cresce a ogni modifica. Un file esportato e reimportato la usa per riconoscere le schede modificate dopo l'esportazione.",
  }),
});

export type PracticeRecord = z.infer<typeof PracticeRecordSchema>;

const facetCounts = z
  .object(
    Object.fromEntries(FACET_KEYS.map((key) => [key, z.record(z.string(), z.int().min(0))])) as Record<
      FacetKey,
      z.ZodRecord<z.ZodString, z.ZodInt>
    >,
  )
  .meta({
    description:
      "Per ogni filtro, quante schede ha ciascun valore tenendo conto degli altri filtri (non di quello stesso filtro). I valori senza schede non compaiono.",
  });

export const PracticeListSchema = z.object({
  totale: z.int().min(0),
  pagina: z.int().min(1),
  pagine: z.int().min(1),
  per_pagina: z.int().min(1),
  query_corretta: z.string().nullable().meta({
    description: "La ricerca eseguita al posto di q quando q non trovava nulla e una correzione ortografica sì",
  }),
  query_suggerita: z.string().nullable().meta({
    description:
      "Una correzione ortografica di q che trova chiaramente più schede (almeno il doppio e almeno tre in più): il sito la propone come «Forse cercavi»",
  }),
  conteggi: facetCounts,
  avviso: z.string().nullable().meta({ description: "Presente se la pagina contiene schede illustrative" }),
  link: z.object({
    self: z.url(),
    precedente: z.url().nullable(),
    successiva: z.url().nullable(),
    pagina_web: z.url().meta({ description: "La stessa ricerca nel catalogo" }),
    csv: z.url().meta({ description: "Tutte le schede della ricerca, in CSV" }),
    json: z.url().meta({ description: "Tutte le schede della ricerca, in JSON" }),
    atom: z.url().meta({ description: "Feed Atom delle schede nuove e aggiornate della ricerca" }),
  }),
  pratiche: z.array(PracticeRecordSchema),
});

export type PracticeList = z.infer<typeof PracticeListSchema>;

export const ReplicationRecordSchema = z
  .object({
    ente: z.string().meta({ examples: ["Comune di Calliano"] }),
    tipo_ente: CodedValueSchema,
    codice_istat: nullableText("Codice ISTAT del comune che l'ha replicata"),
    provincia: nullableText("Provincia"),
    regione: z.object({ slug: z.string(), nome: z.string(), codice_istat: z.string() }),
    data_avvio: z.iso.date().nullable(),
    cosa_cambia: z.string().meta({ description: "Cosa l'ente ha cambiato rispetto alla pratica originale" }),
    nota: nullableText("Nota pubblica dell'ente"),
    schede_ente: z.array(z.url()).meta({ description: "Le schede dell'ente che l'ha replicata, se è nel catalogo" }),
  })
  .meta({ description: "Una replica approvata dalla redazione. Nessun dato di chi l'ha segnalata." });

export const FollowUpRecordSchema = z
  .object({
    data: z.iso.date(),
    stato: CodedValueSchema.meta({ description: "prosegue, prosegue-modificata o terminata" }),
    testo: z.string(),
    dalla_redazione: z.boolean().meta({ description: "true se scritto dalla redazione, false se da una segnalazione" }),
  })
  .meta({ description: "Un aggiornamento datato «com'è andata dopo». Nessun dato di chi l'ha segnalato." });

export const PracticeItemSchema = z.object({
  avviso: z.string().nullable().meta({ description: "Presente se la scheda è illustrativa" }),
  pratica: PracticeRecordSchema,
  repliche: z.array(ReplicationRecordSchema).meta({ description: "Le repliche approvate, le più recenti prima" }),
  aggiornamenti: z.array(FollowUpRecordSchema).meta({ description: "Gli aggiornamenti, i più recenti prima" }),
});

export const VocabulariesSchema = z.object({
  vocabolari: z.array(
    z.object({
      parametro: z
        .string()
        .meta({ description: "Nome del parametro di ricerca che accetta questi valori", examples: ["area"] }),
      nome: z.string(),
      valori: z.array(CodedValueSchema.extend({ descrizione: z.string().nullable() })),
    }),
  ),
});

export type Vocabularies = z.infer<typeof VocabulariesSchema>;

export const ComuniSchema = z.object({
  comuni: z.array(
    z.object({
      codice_istat: z.string().meta({ examples: ["040012"] }),
      nome: z.string(),
      provincia: z.string(),
      regione: z.string(),
      popolazione: z.int().min(0),
    }),
  ),
});

export type ComuniList = z.infer<typeof ComuniSchema>;

export const PracticeExportSchema = z.object({
  metadati: z.object({
    titolo: z.string(),
    descrizione: z.string(),
    editore: z.string(),
    licenza: z.object({ nome: z.string(), url: z.url() }),
    attribuzione: z.string().meta({ description: "Testo da citare quando si riusano i dati" }),
    nota_illustrative: z.string(),
    filtri: z.string().meta({ description: "I parametri della ricerca esportata (vuoto: tutto il catalogo)" }),
    pagina_web: z.url(),
    totale: z.int().min(0),
    schede_illustrative: z.int().min(0),
    aggiornato_il: z.iso.datetime().nullable().meta({ description: "Ultimo aggiornamento delle schede esportate" }),
  }),
  pratiche: z.array(PracticeRecordSchema),
});

export type PracticeExport = z.infer<typeof PracticeExportSchema>;

export const ProblemSchema = z
  .object({
    type: z.string().meta({ description: "URI che identifica il tipo di errore" }),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    errori: z
      .array(z.object({ parametro: z.string(), messaggio: z.string() }))
      .optional()
      .meta({ description: "Un elemento per ogni parametro non valido" }),
  })
  .meta({ description: "Errore nel formato RFC 9457 (application/problem+json)." });

export type Problem = z.infer<typeof ProblemSchema>;

/** Schemas named in the OpenAPI document's components, in the order they are listed. */
export const NAMED_SCHEMAS = {
  ValoreCodificato: CodedValueSchema,
  Regione: RegionRecordSchema,
  Ente: EntityRecordSchema,
  Pratica: PracticeRecordSchema,
  ElencoPratiche: PracticeListSchema,
  SchedaPratica: PracticeItemSchema,
  Replica: ReplicationRecordSchema,
  Aggiornamento: FollowUpRecordSchema,
  Vocabolari: VocabulariesSchema,
  Comuni: ComuniSchema,
  EsportazioneJson: PracticeExportSchema,
  Errore: ProblemSchema,
} as const;
