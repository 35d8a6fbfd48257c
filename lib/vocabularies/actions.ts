"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { adminAction } from "@/lib/auth/admin-action";
import { db } from "@/lib/db";
import { revalidateVocabularies } from "@/lib/practices/revalidate";
import { refreshSearchWordsAfterResponse } from "@/lib/practices/search-words-after";
import {
  addTermSchema,
  deleteTermSchema,
  mergeTermsSchema,
  updateTermSchema,
  type TermFormState,
} from "@/lib/vocabularies/actions.validation";
import { addTerm, deleteTerm, mergeTerms, TermRuleError, updateTerm } from "@/lib/vocabularies/term-changes";
import { vocabularyInfo } from "@/lib/vocabularies/vocabularies";

const INVALID = "Richiesta non valida: ricarica la pagina e riprova.";

const typed = (formData: FormData) => ({
  label: String(formData.get("label") ?? ""),
  description: String(formData.get("description") ?? ""),
});

export const addTermAction = adminAction(
  "ADMIN",
  async (_user, _previous: TermFormState, formData: FormData): Promise<TermFormState> => {
    const parsed = addTermSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values: typed(formData) };
    const { vocabolario, ...text } = parsed.data;
    const outcome = await change((tx) => addTerm(tx, vocabolario, text), typed(formData));
    if ("refused" in outcome) return outcome.refused;
    refresh();
    return { ok: true, message: `Voce «${outcome.result.label}» aggiunta, con indirizzo «${outcome.result.slug}».` };
  },
);

export const updateTermAction = adminAction(
  "ADMIN",
  async (_user, _previous: TermFormState, formData: FormData): Promise<TermFormState> => {
    const parsed = updateTermSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values: typed(formData) };
    const { termId, ...text } = parsed.data;
    const outcome = await change((tx) => updateTerm(tx, termId, text), typed(formData));
    if ("refused" in outcome) return outcome.refused;
    if (outcome.result.labelChanged) refreshSearchWordsAfterResponse();
    refresh();
    return {
      ok: true,
      message: outcome.result.labelChanged
        ? `Etichetta cambiata in «${outcome.result.term.label}»; l'indirizzo resta lo stesso.`
        : "Modifiche salvate.",
    };
  },
);

export const mergeTermsAction = adminAction(
  "ADMIN",
  async (_user, _previous: TermFormState, formData: FormData): Promise<TermFormState> => {
    const parsed = mergeTermsSchema.safeParse(Object.fromEntries(formData));
    const values = { into: String(formData.get("into") ?? "") };
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values };
    const outcome = await change((tx) => mergeTerms(tx, parsed.data.termId, parsed.data.into), values);
    if ("refused" in outcome) return outcome.refused;
    const { from, into, practices } = outcome.result;
    if (practices > 0) refreshSearchWordsAfterResponse();
    redirect(
      `/admin/vocabolari/${vocabularyInfo(into.vocabulary).key}/${into.slug}?${new URLSearchParams({ unita: from.label, schede: String(practices) })}`,
    );
  },
);

export const deleteTermAction = adminAction(
  "ADMIN",
  async (_user, _previous: TermFormState, formData: FormData): Promise<TermFormState> => {
    const parsed = deleteTermSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { message: INVALID };
    const outcome = await change((tx) => deleteTerm(tx, parsed.data.termId));
    if ("refused" in outcome) return outcome.refused;
    const term = outcome.result;
    redirect(
      `/admin/vocabolari/${vocabularyInfo(term.vocabulary).key}?${new URLSearchParams({ eliminata: term.label })}`,
    );
  },
);

/**
 * Runs a change in one transaction and, once committed, expires the public facets, labels and
 * listings; the rules' refusals come back as the form's answer instead. The typo dictionary is
 * rebuilt by the callers after the response (it only rereads committed text, so late loses nothing).
 */
async function change<T>(
  work: (tx: Prisma.TransactionClient) => Promise<T>,
  values?: TermFormState["values"],
): Promise<{ result: T } | { refused: TermFormState }> {
  try {
    const result = await db.$transaction(work, { timeout: 30_000 });
    revalidateVocabularies();
    return { result };
  } catch (error) {
    if (!(error instanceof TermRuleError)) throw error;
    return {
      refused: error.field
        ? { errors: { [error.field]: [error.message] }, values }
        : { message: error.message, values },
    };
  }
}
