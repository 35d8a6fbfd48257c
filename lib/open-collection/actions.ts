"use server";

import { redirect } from "next/navigation";
import { adminAction } from "@/lib/auth/admin-action";
import { clientAddress } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { formValuesFromData } from "@/lib/practices/form-values";
import { loadReference } from "@/lib/practices/reference";
import { revalidatePractices } from "@/lib/practices/revalidate";
import type { ProposalFormState } from "@/lib/submissions/actions.validation";
import { decisionTarget } from "@/lib/submissions/actions.validation";
import { checkPublicForm, refusalMessage } from "@/lib/submissions/public-checks";
import { recordSubmission } from "@/lib/submissions/submit";
import { addStaffFollowUp, approveOpenSubmission, sheetOpenToReports } from "@/lib/open-collection/decide";
import { parseFollowUp, parseReplication, parseStaffFollowUp } from "@/lib/open-collection/input";
import { OPEN_FORM_META_FIELDS, type StaffFollowUpState } from "@/lib/open-collection/actions.validation";

const FIX_FIELDS = "Alcuni campi vanno corretti: l'elenco è qui sotto, e ogni messaggio è accanto al suo campo.";
const NOT_OPEN = "Questa scheda non riceve segnalazioni: non è pubblicata, oppure è un esempio illustrativo.";

async function targetSheet(formData: FormData) {
  const slug = String(formData.get("pratica") ?? "");
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
  const sheet = await db.practice.findUnique({ where: { slug }, select: { id: true } });
  return sheet ? sheetOpenToReports(db, sheet.id) : null;
}

function typedValues(formData: FormData) {
  const values = formValuesFromData(formData);
  for (const field of OPEN_FORM_META_FIELDS) delete values[field];
  return values;
}

/** "Il tuo ente ha replicato questa pratica?" — public, no session: every check is here. */
export async function sendReplication(_previous: ProposalFormState, formData: FormData): Promise<ProposalFormState> {
  const values = typedValues(formData);
  const sheet = await targetSheet(formData);
  if (!sheet) return { values, message: NOT_OPEN };
  const check = await checkPublicForm(formData);
  if (!check.ok) return { values, message: check.message, stamp: check.stamp };
  const parsed = parseReplication(values, await loadReference());
  if (!parsed.ok) return { values, errors: parsed.errors, message: FIX_FIELDS };
  const outcome = await recordSubmission(db, {
    token: check.token,
    kind: "REPLICATION",
    values: parsed.values,
    title: sheet.title,
    entity: parsed.data.entity,
    practiceId: sheet.id,
    submitter: parsed.submitter,
    clientAddress: await clientAddress(),
    challengeId: check.challengeId,
  });
  const refused = refusalMessage(outcome);
  if (refused) return { values, message: refused };
  redirect(`/segnala/stato/${check.token}?inviata=1`);
}

/** "Com'è andata dopo?" — public, no session. The entity is the sheet's own. */
export async function sendFollowUp(_previous: ProposalFormState, formData: FormData): Promise<ProposalFormState> {
  const values = typedValues(formData);
  const sheet = await targetSheet(formData);
  if (!sheet) return { values, message: NOT_OPEN };
  const check = await checkPublicForm(formData);
  if (!check.ok) return { values, message: check.message, stamp: check.stamp };
  const parsed = parseFollowUp(values);
  if (!parsed.ok) return { values, errors: parsed.errors, message: FIX_FIELDS };
  const entity = await db.entity.findUniqueOrThrow({
    where: { id: sheet.entityId },
    select: { name: true, istatCode: true, regionId: true },
  });
  const outcome = await recordSubmission(db, {
    token: check.token,
    kind: "FOLLOW_UP",
    values: parsed.values,
    title: sheet.title,
    entity,
    practiceId: sheet.id,
    submitter: parsed.submitter,
    clientAddress: await clientAddress(),
    challengeId: check.challengeId,
  });
  const refused = refusalMessage(outcome);
  if (refused) return { values, message: refused };
  redirect(`/segnala/stato/${check.token}?inviata=1`);
}

/** Approves a replication or a follow-up as sent; it appears on the sheet at once. */
export const approveOpenSubmissionAction = adminAction(
  "EDITOR",
  async (user, _previous: { message?: string }, formData: FormData): Promise<{ message?: string }> => {
    const target = decisionTarget.safeParse(Object.fromEntries(formData));
    if (!target.success) return { message: "Il modulo non è valido: ricarica la pagina." };
    const outcome = await approveOpenSubmission(db, target.data.segnalazione, user.id);
    switch (outcome.outcome) {
      case "not-found":
        return { message: "Questa segnalazione non esiste più." };
      case "already-decided":
        return { message: "Un'altra persona ha già deciso su questa segnalazione: ricarica la pagina." };
      case "wrong-kind":
        return { message: "Una nuova pratica si pubblica dall'editor della scheda." };
      case "sheet-not-public":
        return { message: NOT_OPEN + " Non pubblicarla: indica il motivo qui sotto." };
    }
    revalidatePractices([outcome.practiceSlug, ...outcome.linkedSlugs]);
    redirect(`/admin/segnalazioni/${target.data.segnalazione}?esito=approvata`);
  },
);

/** A follow-up written by an editor directly on a sheet. */
export const writeFollowUp = adminAction(
  "EDITOR",
  async (user, _previous: StaffFollowUpState, formData: FormData): Promise<StaffFollowUpState> => {
    const values = formValuesFromData(formData);
    const id = Number(formData.get("pratica"));
    if (!Number.isSafeInteger(id) || id <= 0) return { values, message: "Il modulo non è valido: ricarica la pagina." };
    const parsed = parseStaffFollowUp(values);
    if (!parsed.ok) return { values, errors: parsed.errors, message: "Alcuni campi vanno corretti." };
    const outcome = await addStaffFollowUp(db, id, parsed.data, user.id);
    if (outcome.outcome === "sheet-not-public") return { values, message: NOT_OPEN };
    revalidatePractices([outcome.slug]);
    return { message: "Aggiornamento pubblicato sulla scheda.", saved: true };
  },
);
