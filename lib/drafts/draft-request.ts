import { z } from "zod";
import { draftValuesSchema } from "@/lib/drafts/draft-json";

export const autosaveSchema = z.object({
  practiceId: z.number().int().positive().nullable(),
  baseVersion: z.number().int().positive().nullable(),
  values: draftValuesSchema,
});

export const discardSchema = z.object({ practiceId: z.number().int().positive().nullable() });

export type AutosaveResult = { ok: true; savedAt: string } | { ok: false; message: string };
