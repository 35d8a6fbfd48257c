import type { Ripartizione } from "@/lib/generated/prisma/enums";

export type RegionSeed = { id: number; slug: string; name: string; ripartizione: Ripartizione };

/** The 20 Italian regions: id is the ISTAT region code, names as ISTAT writes them. */
export const REGIONS: RegionSeed[] = [
  { id: 1, slug: "piemonte", name: "Piemonte", ripartizione: "NORD_OVEST" },
  { id: 2, slug: "valle-d-aosta", name: "Valle d'Aosta/Vallée d'Aoste", ripartizione: "NORD_OVEST" },
  { id: 3, slug: "lombardia", name: "Lombardia", ripartizione: "NORD_OVEST" },
  { id: 4, slug: "trentino-alto-adige", name: "Trentino-Alto Adige/Südtirol", ripartizione: "NORD_EST" },
  { id: 5, slug: "veneto", name: "Veneto", ripartizione: "NORD_EST" },
  { id: 6, slug: "friuli-venezia-giulia", name: "Friuli-Venezia Giulia", ripartizione: "NORD_EST" },
  { id: 7, slug: "liguria", name: "Liguria", ripartizione: "NORD_OVEST" },
  { id: 8, slug: "emilia-romagna", name: "Emilia-Romagna", ripartizione: "NORD_EST" },
  { id: 9, slug: "toscana", name: "Toscana", ripartizione: "CENTRO" },
  { id: 10, slug: "umbria", name: "Umbria", ripartizione: "CENTRO" },
  { id: 11, slug: "marche", name: "Marche", ripartizione: "CENTRO" },
  { id: 12, slug: "lazio", name: "Lazio", ripartizione: "CENTRO" },
  { id: 13, slug: "abruzzo", name: "Abruzzo", ripartizione: "SUD" },
  { id: 14, slug: "molise", name: "Molise", ripartizione: "SUD" },
  { id: 15, slug: "campania", name: "Campania", ripartizione: "SUD" },
  { id: 16, slug: "puglia", name: "Puglia", ripartizione: "SUD" },
  { id: 17, slug: "basilicata", name: "Basilicata", ripartizione: "SUD" },
  { id: 18, slug: "calabria", name: "Calabria", ripartizione: "SUD" },
  { id: 19, slug: "sicilia", name: "Sicilia", ripartizione: "ISOLE" },
  { id: 20, slug: "sardegna", name: "Sardegna", ripartizione: "ISOLE" },
];
