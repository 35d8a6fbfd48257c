"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { adminAction } from "@/lib/auth/admin-action";
import { db } from "@/lib/db";
import { revalidateVocabularies } from "@/lib/practices/revalidate";
import { refreshSearchWordsAfterResponse } from "@/lib/practices/search-words-after";
import {
  addTermSchema,
  deleteTermSchema,
  mergeTermsSchema,
  undoTermChangeSchema,
  updateTermSchema,
  type TermFormState,
} from "@/lib/vocabularies/actions.validation";
import { addTerm, deleteTerm, mergeTerms, TermRuleError, updateTerm } from "@/lib/vocabularies/term-changes";
import { undoTermChange } from "@/lib/vocabularies/undo";
import { vocabularyInfo } from "@/lib/vocabularies/vocabularies";

const INVALID = "Richiesta non valida: ricarica la pagina e riprova.";

const typed = (formData: FormData) => ({
  label: String(formData.get("label") ?? ""),
  description: String(formData.get("description") ?? ""),
});

export const addTermAction = adminAction(
  "ADMIN",
  async (user, _previous: TermFormState, formData: FormData): Promise<TermFormState> => {
    const parsed = addTermSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values: typed(formData) };
    const { vocabolario, ...text } = parsed.data;
    const outcome = await change(async (tx) => {
      const term = await addTerm(tx, vocabolario, text);
      await recordAudit(tx, {
        actorId: user.id,
        action: "term.create",
        target: { type: "term", id: term.id, label: `${vocabularyInfo(term.vocabulary).label}: ${term.label}` },
        changes: { note: `Indirizzo «${term.slug}».` },
      });
      return term;
    }, typed(formData));
    if ("refused" in outcome) return outcome.refused;
    refresh();
    return { ok: true, message: `Voce «${outcome.result.label}» aggiunta, con indirizzo «${outcome.result.slug}».` };
  },
);

export const updateTermAction = adminAction(
  "ADMIN",
  async (user, _previous: TermFormState, formData: FormData): Promise<TermFormState> => {
    const parsed = updateTermSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values: typed(formData) };
    const { termId, ...text } = parsed.data;
    const outcome = await change(async (tx) => {
      const updated = await updateTerm(tx, termId, text);
      const { before, term } = updated;
      if (before.label === term.label && before.description === term.description) return updated;
      await recordAudit(tx, {
        actorId: user.id,
        action: updated.labelChanged ? "term.rename" : "term.update",
        target: { type: "term", id: term.id, label: `${vocabularyInfo(term.vocabulary).label}: ${term.label}` },
        changes: {
          fields: [
            { field: "label", label: "Etichetta", before: before.label, after: term.label },
            {
              field: "description",
              label: "Descrizione",
              before: before.description ?? "—",
              after: term.description ?? "—",
            },
          ].filter((field) => field.before !== field.after),
          undo: { termId: term.id, before: { label: before.label, description: before.description } },
        },
        practiceIds: updated.practiceIds,
      });
      return updated;
    }, typed(formData));
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
  async (user, _previous: TermFormState, formData: FormData): Promise<TermFormState> => {
    const parsed = mergeTermsSchema.safeParse(Object.fromEntries(formData));
    const values = { into: String(formData.get("into") ?? "") };
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values };
    const outcome = await change(async (tx) => {
      const merged = await mergeTerms(tx, parsed.data.termId, parsed.data.into);
      const { from, into } = merged;
      await recordAudit(tx, {
        actorId: user.id,
        action: "term.merge",
        target: { type: "term", id: into.id, label: `${vocabularyInfo(into.vocabulary).label}: ${into.label}` },
        changes: {
          note: `«${from.label}» (${from.slug}) unita a «${into.label}»: ${merged.practices} schede.`,
          undo: merged.undo,
        },
        practiceIds: merged.practiceIds,
      });
      return merged;
    }, values);
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
  async (user, _previous: TermFormState, formData: FormData): Promise<TermFormState> => {
    const parsed = deleteTermSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { message: INVALID };
    const outcome = await change(async (tx) => {
      const term = await deleteTerm(tx, parsed.data.termId);
      await recordAudit(tx, {
        actorId: user.id,
        action: "term.delete",
        target: { type: "term", id: term.id, label: `${vocabularyInfo(term.vocabulary).label}: ${term.label}` },
        changes: { note: `Indirizzo «${term.slug}».` },
      });
      return term;
    });
    if ("refused" in outcome) return outcome.refused;
    const term = outcome.result;
    redirect(
      `/admin/vocabolari/${vocabularyInfo(term.vocabulary).key}?${new URLSearchParams({ eliminata: term.label })}`,
    );
  },
);

/** Undoes a merge or rename recorded in the audit log (administrators, from /admin/registro). */
export const undoTermChangeAction = adminAction(
  "ADMIN",
  async (user, _previous: TermFormState, formData: FormData): Promise<TermFormState> => {
    const parsed = undoTermChangeSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { message: INVALID };
    const outcome = await change((tx) => undoTermChange(tx, parsed.data.evento, user.id));
    if ("refused" in outcome) return outcome.refused;
    if (outcome.result.practiceIds.length > 0) refreshSearchWordsAfterResponse();
    refresh();
    return { ok: true, message: `Modifica annullata: ${outcome.result.note}` };
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
