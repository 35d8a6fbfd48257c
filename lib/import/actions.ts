"use server";

import { redirect } from "next/navigation";
import { recordAudit } from "@/lib/audit/record";
import { adminAction } from "@/lib/auth/admin-action";
import { db } from "@/lib/db";
import { commitImportSchema, removeSamplesSchema, type ImportActionState } from "@/lib/import/actions.validation";
import { commitImportJob, ImportRejectedError, UnconfirmedRowsError } from "@/lib/import/apply";
import { removeSampleSheets } from "@/lib/import/samples";
import { revalidatePractices } from "@/lib/practices/revalidate";
import { refreshSearchWordsAfterResponse } from "@/lib/practices/search-words-after";

/** "Conferma importazione": writes the previewed job, all rows or none. */
export const commitImportAction = adminAction(
  "EDITOR",
  async (user, _previous: ImportActionState, formData: FormData): Promise<ImportActionState> => {
    const parsed = commitImportSchema.safeParse({
      importazione: formData.get("importazione"),
      conferma_righe: formData.getAll("conferma_righe"),
    });
    if (!parsed.success) return { message: "Richiesta non valida: ricarica la pagina." };
    const jobId = parsed.data.importazione;
    try {
      const { changedSlugs } = await commitImportJob(db, jobId, user.id, parsed.data.conferma_righe);
      if (changedSlugs.length) refreshSearchWordsAfterResponse();
      revalidatePractices(changedSlugs);
    } catch (error) {
      // A redirect, not state: the refusal shows after a plain form post without JavaScript too.
      if (error instanceof UnconfirmedRowsError) redirect(`/admin/import/${jobId}?errore=da-confermare`);
      if (error instanceof ImportRejectedError) return { message: error.message };
      throw error;
    }
    redirect(`/admin/import/${jobId}?esito=importata`);
  },
);

/** Removes every illustrative sheet once real ones are published (administrators only). */
export const removeSampleSheetsAction = adminAction(
  "ADMIN",
  async (user, _previous: ImportActionState, formData: FormData): Promise<ImportActionState> => {
    const parsed = removeSamplesSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { message: parsed.error.issues.map((issue) => issue.message).join(" ") };
    let removed;
    try {
      removed = await db.$transaction(
        async (tx) => {
          const result = await removeSampleSheets(tx);
          await recordAudit(tx, {
            actorId: user.id,
            action: "practice.delete-samples",
            target: { type: "practice", label: "Schede illustrative" },
            changes: { counts: { schede: result.practices, enti: result.entities } },
          });
          return result;
        },
        { timeout: 60_000 },
      );
    } catch (error) {
      if (error instanceof ImportRejectedError) return { message: error.message };
      throw error;
    }
    refreshSearchWordsAfterResponse();
    revalidatePractices(removed.slugs);
    redirect(
      `/admin/import?${new URLSearchParams({ esito: "esempi-eliminati", schede: String(removed.practices), enti: String(removed.entities) })}`,
    );
  },
);
