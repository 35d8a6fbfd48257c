import { z } from "zod";

/** The numeric id of /admin/pratiche/[id]; null for anything else (→ 404). */
export function parsePracticeId(raw: string) {
  const parsed = z.coerce.number().int().positive().max(2_147_483_647).safeParse(raw);
  return parsed.success && /^\d+$/.test(raw) ? parsed.data : null;
}
