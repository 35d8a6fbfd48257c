import type { Reference } from "@/lib/practices/practice-input";

/** A small vocabulary and two regions for unit tests of the sheet schema and the import rows. */
export const TEST_REFERENCE: Reference = {
  regions: [
    { id: 16, slug: "puglia", name: "Puglia" },
    { id: 2, slug: "valle-d-aosta", name: "Valle d'Aosta/Vallée d'Aoste" },
  ],
  terms: [
    { id: 1, vocabulary: "AREA", slug: "anziani", label: "Anziani (65 anni e più)" },
    { id: 2, vocabulary: "AREA", slug: "disabili", label: "Disabili" },
    { id: 3, vocabulary: "FUNDING", slug: "pon-inclusione", label: "PON Inclusione / fondi europei" },
  ],
};

/** A minimal valid sheet row in the import's columns, against TEST_REFERENCE. */
export const TEST_VALID_ROW = {
  codice: "PUG-001",
  titolo: "Spesa a domicilio",
  sintesi: "Consegna della spesa agli anziani soli.",
  descrizione: "Volontari e operatori consegnano spesa e farmaci a domicilio.",
  tipo_servizio: "nuovo",
  ente_nome: "Comune di Bari",
  ente_tipo: "Comune",
  regione: "Puglia",
  aree_utenza: "Anziani (65 anni e più)",
};
