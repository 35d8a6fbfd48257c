"use server";

import { refresh, revalidateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { TAGS } from "@/lib/cache-tags";
import { adminAction } from "@/lib/auth/admin-action";
import { db } from "@/lib/db";
import { refreshSearchWordsAfterResponse } from "@/lib/practices/search-words-after";
import {
  addSynonymSchema,
  deleteSynonymSchema,
  updateSynonymSchema,
  type SynonymFormState,
} from "@/lib/search-synonyms/actions.validation";
import { addSynonym, deleteSynonym, updateSynonym } from "@/lib/search-synonyms/changes";
import { forgetSynonymLookup } from "@/lib/search-synonyms/current";

// The synonym list's edits (/admin/vocabolari/sinonimi), administrators only. Each one expires the
// list in every process (TAGS.searchSynonyms) and every cached listing, whose results it changes,
// and adds the phrases' words to the typo dictionary after the response.

const GONE = "Questa voce non esiste più: ricarica la pagina.";

const typed = (formData: FormData) => ({
  phrases: String(formData.get("phrases") ?? ""),
  expansions: String(formData.get("expansions") ?? ""),
  note: String(formData.get("note") ?? ""),
});

function expire() {
  forgetSynonymLookup();
  revalidateTag(TAGS.searchSynonyms, { expire: 0 });
  revalidateTag(TAGS.practices, { expire: 0 });
  refreshSearchWordsAfterResponse();
  refresh();
}

export const addSynonymAction = adminAction(
  "ADMIN",
  async (user, _previous: SynonymFormState, formData: FormData): Promise<SynonymFormState> => {
    const parsed = addSynonymSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values: typed(formData) };
    const row = await db.$transaction((tx) => addSynonym(tx, user.id, parsed.data));
    expire();
    return { ok: true, message: `Aggiunti: ${row.phrases.join(", ")} → ${row.expansions.join(", ")}.` };
  },
);

export const updateSynonymAction = adminAction(
  "ADMIN",
  async (user, _previous: SynonymFormState, formData: FormData): Promise<SynonymFormState> => {
    const parsed = updateSynonymSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values: typed(formData) };
    const { id, ...input } = parsed.data;
    const row = await db.$transaction((tx) => updateSynonym(tx, user.id, id, input));
    if (!row) return { message: GONE };
    expire();
    return { ok: true, message: "Modifiche salvate." };
  },
);

export const deleteSynonymAction = adminAction(
  "ADMIN",
  async (user, _previous: SynonymFormState, formData: FormData): Promise<SynonymFormState> => {
    const parsed = deleteSynonymSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { message: GONE };
    const row = await db.$transaction((tx) => deleteSynonym(tx, user.id, parsed.data.id));
    if (!row) return { message: GONE };
    expire();
    redirect(`/admin/vocabolari/sinonimi?${new URLSearchParams({ eliminati: row.phrases.join(", ") })}`);
  },
);
