"use server";

import { adminAction } from "@/lib/auth/admin-action";
import { Prisma } from "@/lib/generated/prisma/client";
import { autosaveSchema, discardSchema, type AutosaveResult } from "@/lib/drafts/actions.validation";
import { deleteEditorDraft, putEditorDraft } from "@/lib/drafts/queries";

/** Keeps what the editor has typed in a sheet's form, unsaved, for this editor only. */
export const autosavePracticeDraft = adminAction("EDITOR", async (user, input: unknown): Promise<AutosaveResult> => {
  const parsed = autosaveSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "Bozza non valida: non salvata." };
  const { practiceId, baseVersion, values } = parsed.data;
  try {
    const savedAt = await putEditorDraft(user.id, practiceId, baseVersion, values);
    return { ok: true, savedAt: savedAt.toISOString() };
  } catch (error) {
    // A sheet deleted meanwhile (foreign key): nothing to keep the draft for.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003")
      return { ok: false, message: "La scheda non esiste più: bozza non salvata." };
    throw error;
  }
});

/** "Scarta": the editor does not want the autosaved draft back. */
export const discardPracticeDraft = adminAction("EDITOR", async (user, input: unknown): Promise<void> => {
  const parsed = discardSchema.safeParse(input);
  if (!parsed.success) return;
  await deleteEditorDraft(user.id, parsed.data.practiceId);
});
