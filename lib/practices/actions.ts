"use server";

import { notFound, redirect } from "next/navigation";
import { auditPracticeSave } from "@/lib/audit/practice-save";
import { adminAction } from "@/lib/auth/admin-action";
import { db } from "@/lib/db";
import { restoreSchema, versionFields, type PracticeFormState } from "@/lib/practices/actions.validation";
import { BulkConflictError, setStatusInBulk } from "@/lib/practices/bulk";
import { BULK_ACTIONS, bulkInput, bulkStatusSchema, type BulkFormState } from "@/lib/practices/bulk.validation";
import { formValuesFromData } from "@/lib/practices/form-values";
import { draftFromSnapshot, savePractice, type SaveOutcome } from "@/lib/practices/mutations";
import { fieldErrors, practiceInputSchema } from "@/lib/practices/practice-input";
import { loadReference } from "@/lib/practices/reference";
import { revalidatePractices } from "@/lib/practices/revalidate";
import { refreshSearchWordsAfterResponse } from "@/lib/practices/search-words-after";
import { diffSnapshots } from "@/lib/practices/snapshot";
import { snapshotOfRevision } from "@/lib/practices/snapshot-json";

/** Creates a sheet (no id) or saves an edit based on `versione`, refusing stale versions. */
export const savePracticeForm = adminAction(
  "EDITOR",
  async (user, _previous: PracticeFormState, formData: FormData): Promise<PracticeFormState> => {
    const values = formValuesFromData(formData);
    const meta = versionFields.safeParse(Object.fromEntries(formData));
    if (!meta.success) return { values, message: "Il modulo non è valido: ricarica la pagina." };

    const reference = await loadReference();
    const parsed = practiceInputSchema(reference).safeParse(values);
    if (!parsed.success) {
      return {
        values,
        errors: fieldErrors(parsed.error),
        message: "Alcuni campi vanno corretti: vedi i messaggi accanto ai campi.",
      };
    }
    const draft = parsed.data;
    const { id, versione, versione_forzata } = meta.data;

    const existing = await db.practice.findUnique({ where: { code: draft.code }, select: { id: true } });
    if (id === undefined && existing) {
      return {
        values,
        errors: { codice: ["Codice: esiste già una scheda con questo codice."] },
        message: "Alcuni campi vanno corretti.",
      };
    }
    if (id !== undefined && existing?.id !== id) {
      return {
        values,
        errors: { codice: ["Codice: il codice di una scheda esistente non si può cambiare."] },
        message: "Alcuni campi vanno corretti.",
      };
    }

    const outcome = await db.$transaction(async (tx) => {
      const saved = await savePractice(
        tx,
        draft,
        { userId: user.id, source: "FORM" },
        id === undefined ? undefined : (versione_forzata ?? versione),
      );
      await auditPracticeSave(tx, user.id, saved);
      return saved;
    });
    if (outcome.outcome === "conflict") return { values, conflict: await describeConflict(outcome, versione) };
    await afterWrite(outcome);
    redirect(`/admin/pratiche/${outcome.practiceId}?esito=${outcome.outcome}`);
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
    const saved = await savePractice(tx, draftFromSnapshot(snapshot), { userId: user.id, source: "RESTORE" }, versione);
    await auditPracticeSave(tx, user.id, saved, { restoredVersion: revision.version });
    return saved;
  });
  if (outcome.outcome === "conflict") redirect(`/admin/pratiche/${revision.practiceId}/storico?esito=conflitto`);
  await afterWrite(outcome);
  redirect(`/admin/pratiche/${revision.practiceId}/storico?esito=ripristinata&versione=${revision.version}`);
});

/** "Pubblica" / "Archivia" on the admin list's selection, once confirmed; one audit event. */
export const bulkStatusAction = adminAction(
  "EDITOR",
  async (user, _previous: BulkFormState, formData: FormData): Promise<BulkFormState> => {
    const parsed = bulkStatusSchema.safeParse(bulkInput(formData));
    if (!parsed.success) return { message: parsed.error.issues.map((issue) => issue.message).join(" ") };
    const { azione, id, torna } = parsed.data;
    let result;
    try {
      result = await db.$transaction((tx) => setStatusInBulk(tx, id, azione, user.id), { timeout: 120_000 });
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

async function afterWrite(outcome: Exclude<SaveOutcome, { outcome: "conflict" }>) {
  if (outcome.outcome === "unchanged") return;
  refreshSearchWordsAfterResponse();
  revalidatePractices([outcome.slug, outcome.previousSlug]);
}

async function describeConflict(
  outcome: Extract<SaveOutcome, { outcome: "conflict" }>,
  baseVersion: number | undefined,
) {
  const [base, latest, terms] = await Promise.all([
    baseVersion
      ? db.practiceRevision.findUnique({
          where: { practiceId_version: { practiceId: outcome.practiceId, version: baseVersion } },
        })
      : null,
    db.practiceRevision.findFirst({
      where: { practiceId: outcome.practiceId },
      orderBy: { version: "desc" },
      include: { user: { select: { name: true } } },
    }),
    db.term.findMany({ select: { vocabulary: true, slug: true, label: true } }),
  ]);
  const label = (vocabulary: string, slug: string) =>
    terms.find((t) => t.vocabulary === vocabulary && t.slug === slug)?.label ?? slug;
  return {
    currentVersion: outcome.currentVersion,
    changes: diffSnapshots(base ? snapshotOfRevision(base) : null, outcome.current, label),
    by: latest?.user?.name ?? null,
    at: (latest?.createdAt ?? new Date()).toISOString(),
  };
}
