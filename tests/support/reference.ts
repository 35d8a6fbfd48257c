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
