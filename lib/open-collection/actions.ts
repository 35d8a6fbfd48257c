"use server";

import { redirect } from "next/navigation";
import { after } from "next/server";
import { adminAction } from "@/lib/auth/admin-action";
import { clientAddress } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { siteUrl } from "@/lib/env";
import { answerRefused } from "@/lib/forms/answer-refused";
import { publicFormAction } from "@/lib/forms/form-action";
import { siteMailer } from "@/lib/mail/site-mailer";
import { formValuesFromData } from "@/lib/practices/form-values";
import { loadReference } from "@/lib/practices/reference";
import { revalidatePractices } from "@/lib/practices/revalidate";
import type { ProposalFormState } from "@/lib/submissions/actions.validation";
import { decisionTarget } from "@/lib/submissions/actions.validation";
import { checkPublicForm, refusal } from "@/lib/submissions/public-checks";
import { notifySubmissionDecided, notifySubmissionReceived } from "@/lib/submissions/notify";
import { recordSubmission, type SubmitOutcome } from "@/lib/submissions/submit";
import { addStaffFollowUp, approveOpenSubmission, sheetOpenToReports } from "@/lib/open-collection/decide";
import { parseFollowUp, parseReplication, parseStaffFollowUp } from "@/lib/open-collection/input";
import {
  FOLLOW_UP_FORM,
  OPEN_FORM_META_FIELDS,
  REPLICATION_FORM,
  type StaffFollowUpState,
} from "@/lib/open-collection/actions.validation";

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

type Answer = ProposalFormState | { token: string };

/** Refused without JavaScript: Post/Redirect/Get to the form's page (lib/forms/answer-refused.ts). */
async function answer(formData: FormData, form: string, page: string, result: Answer) {
  if ("token" in result) redirect(`/segnala/stato/${result.token}?inviata=1`);
  // The next send keeps this form's stamp (its idempotency key and fill time), unless it was replaced.
  const sent = formData.get("modulo");
  const stamp = result.stamp ?? (typeof sent === "string" && sent.length <= 200 ? sent : undefined);
  return answerRefused(formData, form, page, { ...result, stamp });
}

const slugOf = (formData: FormData) => {
  const slug = String(formData.get("pratica") ?? "");
  return /^[a-z0-9-]{1,120}$/.test(slug) ? slug : null;
};

/** "Il tuo ente ha replicato questa pratica?" — public, no session: every check is here. */
export const sendReplication = publicFormAction(
  async (_previous: ProposalFormState, formData: FormData): Promise<ProposalFormState> => {
    const slug = slugOf(formData);
    return answer(
      formData,
      REPLICATION_FORM,
      slug ? `/pratiche/${slug}/replica` : "/pratiche",
      await replicate(formData),
    );
  },
);

async function replicate(formData: FormData): Promise<Answer> {
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
  return recorded(outcome, values, check.token);
}

/** "Com'è andata dopo?" — public, no session. The entity is the sheet's own. */
export const sendFollowUp = publicFormAction(
  async (_previous: ProposalFormState, formData: FormData): Promise<ProposalFormState> => {
    const slug = slugOf(formData);
    return answer(
      formData,
      FOLLOW_UP_FORM,
      slug ? `/pratiche/${slug}/aggiornamento` : "/pratiche",
      await followUp(formData),
    );
  },
);

async function followUp(formData: FormData): Promise<Answer> {
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
  return recorded(outcome, values, check.token);
}

function recorded(outcome: SubmitOutcome, values: ProposalFormState["values"], token: string): Answer {
  const refused = refusal(outcome);
  if (refused) return { values, ...refused };
  // A resent form finds its first submission: only the first one is announced (e-mail when SMTP_URL is set).
  if (outcome.outcome === "created") {
    after(() => notifySubmissionReceived(db, siteMailer(), siteUrl(), outcome.id, token));
  }
  return { token };
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
    after(() => notifySubmissionDecided(db, siteMailer(), siteUrl(), target.data.segnalazione));
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
