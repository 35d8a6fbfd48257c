"use server";

import { notFound, redirect } from "next/navigation";
import { auditPracticeSave } from "@/lib/audit/practice-save";
import { adminAction } from "@/lib/auth/admin-action";
import { db } from "@/lib/db";
import { deleteEditorDraft } from "@/lib/drafts/queries";
import { unappliedEntityFields, unappliedQuery } from "@/lib/entities/unapplied-fields";
import {
  restoreSchema,
  scheduleSchema,
  versionFields,
  type PracticeFormState,
  type ScheduleFormState,
} from "@/lib/practices/actions.validation";
import { publishDraft, schedulePublication, UNSCHEDULED_PARAM } from "@/lib/practices/publish";
import { romeLocalToDate } from "@/lib/practices/rome-time";
import { BulkConflictError, setStatusInBulk } from "@/lib/practices/bulk";
import { BULK_ACTIONS, bulkInput, bulkStatusSchema, type BulkFormState } from "@/lib/practices/bulk.validation";
import { conflictView, revisionForChoices } from "@/lib/practices/conflict-view";
import { formValuesFromData, formValuesFromDraft, type FormValues } from "@/lib/practices/form-values";
import { choiceName, isConflictField, type Choice, type ConflictField } from "@/lib/practices/merge";
import { draftFromSnapshot, savePractice, type SaveActor, type SaveOutcome } from "@/lib/practices/mutations";
import { CodeTakenMeanwhile, createUnlessCodeTaken, practiceWithCode } from "@/lib/practices/practice-code";
import { proposedCodeYear, proposePracticeCode } from "@/lib/practices/proposed-code";
import { fieldErrors, practiceInputSchema, type PracticeDraft } from "@/lib/practices/practice-input";
import { loadReference } from "@/lib/practices/reference";
import { revalidatePractices } from "@/lib/practices/revalidate";
import { saveMerging } from "@/lib/practices/save-merging";
import { refreshSearchWordsAfterResponse } from "@/lib/practices/search-words-after";
import { snapshotOfRevision } from "@/lib/practices/snapshot-json";

/**
 * Creates a sheet (no id) or saves an edit based on `versione`. An edit based on an older version
 * is merged with what was saved since; fields both people changed come back for a choice.
 */
export const savePracticeForm = adminAction(
  "EDITOR",
  async (user, _previous: PracticeFormState, formData: FormData): Promise<PracticeFormState> => {
    const values = formValuesFromData(formData);
    const meta = versionFields.safeParse(Object.fromEntries(formData));
    if (!meta.success) return { values, message: "Il modulo non è valido: ricarica la pagina." };
    const { id, versione, conflitti, intento, chiave_bozza } = meta.data;

    const reference = await loadReference();
    const parsed = practiceInputSchema(reference).safeParse(values);
    if (!parsed.success) {
      return {
        values,
        baseVersion: versione,
        errors: fieldErrors(parsed.error),
        message: "Alcuni campi vanno corretti: vedi i messaggi accanto ai campi.",
      };
    }
    const draft = parsed.data;

    if (id !== undefined) {
      const existing = await practiceWithCode(db, draft.code);
      if (existing?.id !== id || existing.code !== draft.code)
        return {
          values,
          errors: { codice: ["Codice: il codice di una scheda esistente non si può cambiare."] },
          message: "Alcuni campi vanno corretti.",
        };
    }
    // A published sheet's edits are a draft until "Pubblica modifiche".
    const actor = { userId: user.id, source: "FORM" as const, asDraft: true };
    const { entity } = draft;
    const [unapplied] =
      "id" in entity
        ? []
        : await unappliedEntityFields(db, [{ entity, province: entity.province, istatCode: entity.istatCode }]);
    const notApplied = unappliedQuery(unapplied);
    if (id === undefined || versione === undefined) {
      const outcome = await createSheet(draft, actor, user.id);
      if (outcome.outcome === "code-taken") return codeTaken(values, draft.code, outcome.code);
      await deleteEditorDraft(user.id, null, chiave_bozza);
      await afterWrite(outcome);
      redirect(`/admin/pratiche/${outcome.practiceId}?esito=${outcome.outcome}${notApplied}`);
    }

    const asked = (conflitti ?? "").split(",").filter(isConflictField);
    const choices: Partial<Record<ConflictField, Choice>> = {};
    for (const field of asked) {
      const choice = formData.get(choiceName(field));
      if (choice === "mine" || choice === "theirs") choices[field] = choice;
    }
    const undecided = asked.filter((field) => !choices[field]);
    if (undecided.length) {
      const theirs = await revisionForChoices(id, versione);
      if (theirs) {
        return {
          values,
          baseVersion: versione,
          conflict: await conflictView(id, versione, theirs.draft, draft, undecided, []),
          message: "Scegli quale versione tenere per ogni campo in conflitto.",
        };
      }
    }

    const result = await saveMerging(draft, versione, actor, id, choices);
    if (result.outcome === "conflict") {
      return {
        values: formValuesFromDraft(result.merged, reference),
        baseVersion: result.theirsVersion,
        conflict: await conflictView(
          id,
          result.theirsVersion,
          result.theirs,
          draft,
          result.conflicts,
          result.fromTheirs,
        ),
      };
    }
    if (result.outcome === "invalid") {
      return {
        values: formValuesFromDraft(result.merged, reference),
        baseVersion: result.theirsVersion,
        errors: result.problems,
        message:
          "Le tue modifiche e quelle salvate nel frattempo da un'altra persona, unite, non rispettano le regole della scheda: correggi i campi indicati.",
      };
    }
    // Saved: the autosaved copy of this form is no longer needed.
    await deleteEditorDraft(user.id, id);
    await afterWrite(result.save);
    const save = result.save;
    const page = `/admin/pratiche/${save.practiceId}`;
    const merged = result.fromTheirs.length ? `&unite=${encodeURIComponent(result.fromTheirs.join(","))}` : "";
    const unscheduled = save.unscheduled ? `&${UNSCHEDULED_PARAM}=1` : "";
    if (intento === "pubblica" && save.draft) {
      // Changes someone else saved meanwhile, merged in unseen, wait for a look before going public.
      if (merged) redirect(`${page}?esito=unite-non-pubblicate${merged}${notApplied}${unscheduled}`);
      const published = await db.$transaction((tx) => publishDraft(tx, save.practiceId, user.id, save.version));
      if (published.outcome === "published") {
        afterPublish(published.slug);
        redirect(`${page}?esito=pubblicata${notApplied}`);
      }
      redirect(`${page}?esito=non-pubblicata${notApplied}${unscheduled}`);
    }
    const outcome = save.draft && save.outcome === "updated" ? "bozza" : save.outcome;
    redirect(`${page}?esito=${outcome}${merged}${notApplied}${unscheduled}`);
  },
);

/** Saves an earlier version's content as a new version (nothing in the history is rewritten). */
export const restoreRevision = adminAction("EDITOR", async (user, formData: FormData) => {
  const parsed = restoreSchema.safeParse(Object.fromEntries(formData));
  // A version that does not exist (or a form altered by hand): the 404 page, not a 500.
  if (!parsed.success) notFound();
  const { revisionId, versione } = parsed.data;
  const revision = await db.practiceRevision.findUnique({ where: { id: revisionId } });
  if (!revision) notFound();
  const snapshot = snapshotOfRevision(revision);
  const outcome = await db.$transaction(async (tx) => {
    const actor = { userId: user.id, source: "RESTORE" as const, asDraft: true };
    const saved = await savePractice(tx, draftFromSnapshot(snapshot), actor, versione);
    await auditPracticeSave(tx, user.id, saved, { restoredVersion: revision.version });
    return saved;
  });
  if (outcome.outcome === "conflict") redirect(`/admin/pratiche/${revision.practiceId}/storico?esito=conflitto`);
  await afterWrite(outcome);
  const unscheduled = outcome.unscheduled ? `&${UNSCHEDULED_PARAM}=1` : "";
  redirect(
    `/admin/pratiche/${revision.practiceId}/storico?esito=ripristinata&versione=${revision.version}${unscheduled}`,
  );
});

/** "Pubblica" / "Archivia" on the admin list's selection, once confirmed; one audit event. */
export const bulkStatusAction = adminAction(
  "EDITOR",
  async (user, _previous: BulkFormState, formData: FormData): Promise<BulkFormState> => {
    const parsed = bulkStatusSchema.safeParse(bulkInput(formData));
    if (!parsed.success) return { message: parsed.error.issues.map((issue) => issue.message).join(" ") };
    const { azione, id, torna, seenVersions } = parsed.data;
    let result;
    try {
      result = await db.$transaction((tx) => setStatusInBulk(tx, id, azione, user.id, seenVersions), {
        timeout: 120_000,
      });
    } catch (error) {
      if (error instanceof BulkConflictError) return { message: error.message };
      throw error;
    }
    if (result.changed.length > 0) {
      refreshSearchWordsAfterResponse();
      revalidatePractices(result.changed.map((sheet) => sheet.slug));
    }
    const back = new URL(torna, "http://localhost");
    back.searchParams.set("esito", BULK_ACTIONS[azione].done);
    back.searchParams.set("schede", String(result.changed.length));
    redirect(`${back.pathname}${back.search}`);
  },
);

/** Sets or cancels the automatic publication of a sheet's pending draft. */
export const schedulePublicationAction = adminAction(
  "EDITOR",
  async (user, _previous: ScheduleFormState, formData: FormData): Promise<ScheduleFormState> => {
    const parsed = scheduleSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { message: parsed.error.issues.map((issue) => issue.message).join(" ") };
    const { id, versione, quando, annulla } = parsed.data;
    const at = annulla ? null : quando ? romeLocalToDate(quando) : undefined;
    if (at === undefined) return { message: "Data e ora della pubblicazione: indica giorno e ora." };
    if (at && at.getTime() <= Date.now())
      return { message: "Data e ora della pubblicazione: indica un momento futuro." };
    const done = await db.$transaction((tx) => schedulePublication(tx, id, versione, at, user.id));
    if (!done) return { message: "La scheda è cambiata nel frattempo: ricarica la pagina e controlla le modifiche." };
    redirect(`/admin/pratiche/${id}?esito=${at ? "programmata" : "programmazione-annullata"}`);
  },
);

/** Writes a new sheet, unless its code is taken (ignoring case), also by a save at the same moment. */
function createSheet(draft: PracticeDraft, actor: SaveActor, userId: number) {
  return createUnlessCodeTaken(db, draft.code, () =>
    db.$transaction(async (tx) => {
      const taken = await practiceWithCode(tx, draft.code);
      if (taken) return { outcome: "code-taken" as const, code: taken.code };
      const saved = await savePractice(tx, draft, actor);
      if (saved.outcome !== "created") throw new CodeTakenMeanwhile();
      await auditPracticeSave(tx, userId, saved);
      return saved;
    }),
  );
}

/** The code is another sheet's: said next to the field; a proposed code is replaced by the next free one. */
async function codeTaken(values: FormValues, typed: string, takenAs: string): Promise<PracticeFormState> {
  const same = takenAs === typed ? "" : ` («${takenAs}»; maiuscole e minuscole non contano)`;
  const proposedYear = proposedCodeYear(typed);
  if (proposedYear === undefined)
    return {
      values,
      errors: { codice: [`Codice: esiste già una scheda con questo codice${same}.`] },
      message: "Alcuni campi vanno corretti.",
    };
  const next = await proposePracticeCode(proposedYear);
  return {
    values: { ...values, codice: next },
    errors: {
      codice: [
        `Codice: esiste già una scheda con questo codice${same}. Il primo libero è «${next}»: è stato inserito nel campo, salva di nuovo.`,
      ],
    },
    message: "Alcuni campi vanno corretti.",
  };
}

function afterPublish(slug: string) {
  refreshSearchWordsAfterResponse();
  revalidatePractices([slug]);
}

async function afterWrite(outcome: Exclude<SaveOutcome, { outcome: "conflict" }>) {
  // A draft changes nothing public: the cached pages stay as they are.
  if (outcome.outcome === "unchanged" || outcome.draft) return;
  refreshSearchWordsAfterResponse();
  revalidatePractices([outcome.slug, outcome.previousSlug]);
}
