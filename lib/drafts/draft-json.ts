import { z } from "zod";
import { versionedJson } from "@/lib/stored-json";

// EditorDraft.values as stored and as the autosave sends it: the edit form's values by input
// name, bounded (the form's own limits, with room for what a person may paste before checking).

export const draftValuesSchema = z
  .record(z.string().regex(/^[a-z_]{1,40}$/), z.union([z.string().max(30_000), z.array(z.string().max(200)).max(100)]))
  .refine((values) => Object.keys(values).length <= 60, "Troppi campi.");

export type DraftValues = z.infer<typeof draftValuesSchema>;

export const storedDraftValues = versionedJson({ version: 1, schema: z.object({ values: draftValuesSchema }) });
