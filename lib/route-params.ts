import { z } from "zod";

/** A positive integer id from a URL segment such as /admin/pratiche/[id]; null for anything else (→ 404). */
export function parseId(raw: string) {
  const parsed = z.coerce.number().int().positive().max(2_147_483_647).safeParse(raw);
  return parsed.success && /^\d+$/.test(raw) ? parsed.data : null;
}
