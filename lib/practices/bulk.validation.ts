import { z } from "zod";

// Bulk actions of the admin list: what the confirmation page sends.

export const BULK_LIMIT = 500;

export const BULK_ACTIONS = {
  pubblica: { label: "Pubblica", status: "PUBLISHED", done: "pubblicate" },
  archivia: { label: "Archivia", status: "ARCHIVED", done: "archiviate" },
  esporta: { label: "Esporta in CSV", status: null, done: "esportate" },
} as const;
export type BulkAction = keyof typeof BULK_ACTIONS;

const ids = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.coerce.number().int().positive().max(2_147_483_647)).max(BULK_LIMIT),
);

/** Only a path of the admin list itself: the page to go back to after the action. */
export const returnPath = z
  .string()
  .regex(/^\/admin\/pratiche(\?[^#\s]*)?$/)
  .catch("/admin/pratiche");

export const bulkSelectionSchema = z.object({
  azione: z
    .enum(Object.keys(BULK_ACTIONS) as [BulkAction, ...BulkAction[]])
    .optional()
    .catch(undefined),
  id: ids.catch([]),
  torna: z.preprocess((value) => (Array.isArray(value) ? value[0] : value), returnPath.optional()),
});

export const bulkStatusSchema = z
  .object({
    azione: z.enum(["pubblica", "archivia"]),
    id: ids.refine((list) => list.length > 0, "Nessuna scheda selezionata."),
    /** Each sheet's version as the confirmation page showed it, in the order of `id`. */
    versione: ids,
    torna: returnPath,
    conferma: z.literal("on", { error: "Spunta la conferma per procedere." }),
  })
  .refine((form) => form.versione.length === form.id.length, "Il modulo non è valido: ricarica la pagina.")
  .transform(({ versione, ...form }) => ({
    ...form,
    seenVersions: new Map(form.id.map((id, i) => [id, versione[i]!])),
  }));

export type BulkFormState = { message?: string };

/** FormData with repeated fields as lists, the rest as strings. */
export function bulkInput(formData: FormData) {
  return { ...Object.fromEntries(formData), id: formData.getAll("id"), versione: formData.getAll("versione") };
}
