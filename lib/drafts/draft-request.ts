import { z } from "zod";
import { draftValuesSchema } from "@/lib/drafts/draft-json";
import { EDITABLE_INPUTS } from "@/lib/practices/form-values";

/** A new-sheet form's own key (randomUUID), so that two such forms keep two drafts. */
const formKey = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,64}$/)
  .optional();

/**
 * The form as sent, less its bookkeeping (id, version, the conflict's choices, named after fields
 * in camelCase): a draft keeps what the editor typed. A conflict's choice refused the whole draft,
 * so nothing was autosaved while an editor resolved a conflict.
 */
const typedValues = z
  .record(z.string(), z.unknown())
  .transform((values) =>
    Object.fromEntries(EDITABLE_INPUTS.flatMap((name) => (Object.hasOwn(values, name) ? [[name, values[name]]] : []))),
  )
  .pipe(draftValuesSchema);

export const autosaveSchema = z.object({
  practiceId: z.number().int().positive().nullable(),
  formKey,
  baseVersion: z.number().int().positive().nullable(),
  values: typedValues,
});

export const discardSchema = z.object({ practiceId: z.number().int().positive().nullable(), formKey });

export type AutosaveResult = { ok: true; savedAt: string } | { ok: false; message: string };
