import { z } from "zod";
import { AUDIT_ACTION_KEYS, AUDIT_TARGET_KEYS, type AuditAction, type AuditTargetType } from "@/lib/audit/catalogue";

// /admin/registro's state is its URL: parsed here, bounded, unknown values dropped.

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = z.preprocess(
  first,
  z
    .string()
    .regex(DAY)
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    .optional()
    .catch(undefined),
);

export const auditFiltersSchema = z.object({
  attore: z.preprocess(first, z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined)),
  azione: z.preprocess(
    first,
    z
      .enum(AUDIT_ACTION_KEYS as [AuditAction, ...AuditAction[]])
      .optional()
      .catch(undefined),
  ),
  oggetto: z.preprocess(
    first,
    z
      .enum(AUDIT_TARGET_KEYS as [AuditTargetType, ...AuditTargetType[]])
      .optional()
      .catch(undefined),
  ),
  id: z.preprocess(
    first,
    z
      .string()
      .trim()
      .regex(/^[0-9]{1,10}$/)
      .optional()
      .catch(undefined),
  ),
  dal: day,
  al: day,
  pagina: z.preprocess(first, z.coerce.number().int().min(1).max(10_000).catch(1)).default(1),
});

export type AuditFilters = z.infer<typeof auditFiltersSchema>;

/** The URL of the log with these filters (page 1 unless given). */
export function auditHref(filters: Partial<AuditFilters>) {
  const params = new URLSearchParams();
  for (const key of ["attore", "azione", "oggetto", "id", "dal", "al"] as const) {
    const value = filters[key];
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  if (filters.pagina && filters.pagina > 1) params.set("pagina", String(filters.pagina));
  const query = params.toString();
  return query ? `/admin/registro?${query}` : "/admin/registro";
}
