import { z } from "zod";
import { parsePracticeFilters } from "@/lib/practices/search-params";

// The admin sheet list's state is its URL: search, filters, sort and page, parsed here (bounded,
// unknown values dropped). Client-safe: no database imports.

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional().catch(undefined));
const DAY = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)));

export const ADMIN_SORTS = {
  codice: "Codice",
  titolo: "Titolo",
  ente: "Ente",
  regione: "Regione",
  stato: "Stato",
  origine: "Origine",
  aggiornata: "Aggiornata",
} as const;
export type AdminSort = keyof typeof ADMIN_SORTS;

export const ORIGINS = {
  illustrativa: "Illustrativa",
  importata: "Importata",
  modulo: "Creata nel modulo",
} as const;
export type Origin = keyof typeof ORIGINS;

export const STATUS_PARAMS = { bozza: "DRAFT", pubblicata: "PUBLISHED", archiviata: "ARCHIVED" } as const;

export const adminListSchema = z.object({
  // The public listing's own normalisation of the search text.
  q: z.preprocess((value) => parsePracticeFilters({ q: first(value) as string | undefined }).q, z.string()),
  stato: optional(z.enum(["bozza", "pubblicata", "archiviata"])),
  origine: optional(z.enum(Object.keys(ORIGINS) as [Origin, ...Origin[]])),
  // Old links: esempi=si|no.
  esempi: optional(z.enum(["si", "no"])),
  regione: optional(z.string().regex(/^[a-z0-9-]{1,60}$/)),
  autore: optional(z.coerce.number().int().positive().max(2_147_483_647)),
  dal: optional(DAY),
  al: optional(DAY),
  ordina: z.preprocess(first, z.enum(Object.keys(ADMIN_SORTS) as [AdminSort, ...AdminSort[]]).catch("aggiornata")),
  verso: z.preprocess(first, z.enum(["asc", "desc"]).optional().catch(undefined)),
  pagina: z.preprocess(first, z.coerce.number().int().min(1).max(10_000).catch(1)).default(1),
});

export type AdminListFilters = z.infer<typeof adminListSchema>;

/** The direction a column sorts in when none is given: dates newest first, text A→Z. */
export const defaultDirection = (sort: AdminSort) => (sort === "aggiornata" ? "desc" : "asc");

/** The list's URL for these filters; `pagina` and sort are kept only when not the defaults. */
export function adminListHref(filters: Partial<AdminListFilters>) {
  const params = new URLSearchParams();
  for (const key of ["q", "stato", "origine", "esempi", "regione", "autore", "dal", "al"] as const) {
    const value = filters[key];
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  if (filters.ordina && filters.ordina !== "aggiornata") params.set("ordina", filters.ordina);
  if (filters.verso && filters.verso !== defaultDirection(filters.ordina ?? "aggiornata"))
    params.set("verso", filters.verso);
  if (filters.pagina && filters.pagina > 1) params.set("pagina", String(filters.pagina));
  const query = params.toString();
  return query ? `/admin/pratiche?${query}` : "/admin/pratiche";
}
