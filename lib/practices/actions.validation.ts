import { z } from "zod";
import type { FieldErrors } from "@/lib/practices/practice-input";
import type { FieldChange } from "@/lib/practices/snapshot";
import type { FormValues } from "@/lib/practices/form-values";

export type PracticeFormState = {
  message?: string;
  errors?: FieldErrors;
  values?: FormValues;
  /** Set when someone else saved the sheet after this form was opened. */
  conflict?: { currentVersion: number; changes: FieldChange[]; by: string | null; at: string };
};

export const versionFields = z.object({
  id: z.coerce.number().int().positive().optional(),
  versione: z.coerce.number().int().positive().optional(),
  /** Present when the user reviewed a conflict and chose to save over the newer version. */
  versione_forzata: z.coerce.number().int().positive().optional(),
});

export const restoreSchema = z.object({
  revisionId: z.coerce.number().int().positive(),
  versione: z.coerce.number().int().positive(),
});
