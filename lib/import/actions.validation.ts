import { z } from "zod";

export const commitImportSchema = z.object({
  importazione: z.coerce.number().int().positive().max(2_147_483_647),
  /** The flagged rows the editor ticked ("Ho controllato"), by row number. */
  conferma_righe: z.array(z.coerce.number().int().nonnegative().max(2_147_483_647)).max(100_000).default([]),
});

export const removeSamplesSchema = z.object({
  conferma: z.literal("si", { error: "Spunta la casella per confermare l'eliminazione." }),
});

/** A refusal to show by the form (successful actions redirect). */
export type ImportActionState = { message?: string };
