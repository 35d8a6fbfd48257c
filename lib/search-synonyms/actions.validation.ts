import { z } from "zod";
import { normalisePhrase } from "@/lib/search-synonyms/expand";

export type SynonymField = "phrases" | "expansions" | "note";

export type SynonymFormState = {
  message?: string;
  /** The change was saved: `message` confirms it. */
  ok?: boolean;
  errors?: Partial<Record<SynonymField, string[]>>;
  /** What was typed, so a refused form is not emptied. */
  values?: { phrases?: string; expansions?: string; note?: string };
};

const MAX_ITEMS = 20;
const MAX_ITEM_LENGTH = 80;

/** A list typed one item per line or separated by commas: trimmed, without empties or repeats. */
function list(label: string, normalise: (item: string) => string) {
  return z
    .string()
    .max(MAX_ITEMS * (MAX_ITEM_LENGTH + 2), "Testo troppo lungo.")
    .transform((text, ctx) => {
      const items = [...new Set(text.split(/[,\n]/).map(normalise).filter(Boolean))];
      if (items.length === 0) ctx.addIssue({ code: "custom", message: `Scrivi almeno ${label}.` });
      if (items.length > MAX_ITEMS) ctx.addIssue({ code: "custom", message: `Al massimo ${MAX_ITEMS} voci.` });
      if (items.some((item) => item.length > MAX_ITEM_LENGTH))
        ctx.addIssue({ code: "custom", message: `Ogni voce al massimo ${MAX_ITEM_LENGTH} caratteri.` });
      return items;
    });
}

const fields = {
  // Stored as matched: lowercase, unaccented, punctuation as spaces ("D.A.D." → "d a d").
  phrases: list("una parola o frase cercata", normalisePhrase),
  // Kept as written (PostgreSQL's Italian configuration stems and unaccents them when searching).
  expansions: list("una parola o frase da cercare anche", (item) => item.normalize("NFC").replace(/\s+/g, " ").trim()),
  note: z
    .string()
    .max(300, "Al massimo 300 caratteri.")
    .optional()
    .transform((value) => value?.normalize("NFC").trim() ?? ""),
};

export const addSynonymSchema = z.object(fields);
export const updateSynonymSchema = z.object({ id: z.coerce.number().int().positive(), ...fields });
export const deleteSynonymSchema = z.object({ id: z.coerce.number().int().positive() });

export type SynonymInput = z.infer<typeof addSynonymSchema>;
