import { z } from "zod";
import { VOCABULARIES } from "@/lib/vocabularies/vocabularies";

export type TermField = "label" | "description" | "into" | "confirm";

export type TermFormState = {
  message?: string;
  /** The change was saved: `message` confirms it. */
  ok?: boolean;
  errors?: Partial<Record<TermField, string[]>>;
  /** What was typed, so a refused form is not emptied. */
  values?: { label?: string; description?: string; into?: string };
};

const termId = z.coerce.number().int().positive();
const text = {
  label: z.string().trim().min(2, "L'etichetta deve avere almeno 2 caratteri.").max(120, "Al massimo 120 caratteri."),
  description: z
    .string()
    .trim()
    .max(500, "Al massimo 500 caratteri.")
    .optional()
    .transform((value) => value || null),
};

export const addTermSchema = z.object({
  vocabolario: z.string().transform((key, ctx) => {
    const info = VOCABULARIES.find((vocabulary) => vocabulary.key === key);
    if (!info) ctx.addIssue({ code: "custom", message: "Vocabolario sconosciuto." });
    return info?.vocabulary ?? z.NEVER;
  }),
  ...text,
});

export const updateTermSchema = z.object({ termId, ...text });

export const mergeTermsSchema = z.object({
  termId,
  into: z.coerce.number().int().positive("Scegli la voce in cui unirla."),
  confirm: z.literal("on", { error: "Conferma l'unione: questa voce verrà eliminata." }),
});

export const deleteTermSchema = z.object({ termId });

export const undoTermChangeSchema = z.object({ evento: z.coerce.number().int().positive() });
