import { z } from "zod";

export const commitImportSchema = z.object({
  importazione: z.coerce.number().int().positive().max(2_147_483_647),
});

export const removeSamplesSchema = z.object({
  conferma: z.literal("si", { error: "Spunta la casella per confermare l'eliminazione." }),
});

/** A refusal to show by the form (successful actions redirect). */
export type ImportActionState = { message?: string };
