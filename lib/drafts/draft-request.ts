import { z } from "zod";
import { draftValuesSchema } from "@/lib/drafts/draft-json";

/** A new-sheet form's own key (randomUUID), so that two such forms keep two drafts. */
const formKey = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,64}$/)
  .optional();

export const autosaveSchema = z.object({
  practiceId: z.number().int().positive().nullable(),
  formKey,
  baseVersion: z.number().int().positive().nullable(),
  values: draftValuesSchema,
});

export const discardSchema = z.object({ practiceId: z.number().int().positive().nullable(), formKey });

export type AutosaveResult = { ok: true; savedAt: string } | { ok: false; message: string };
