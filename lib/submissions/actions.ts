"use server";

import { redirect } from "next/navigation";
import { after } from "next/server";
import { z } from "zod";
import { adminAction } from "@/lib/auth/admin-action";
import { clientAddress } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { siteUrl } from "@/lib/env";
import { siteMailer } from "@/lib/mail/site-mailer";
import { answerRefused } from "@/lib/forms/answer-refused";
import { publicFormAction } from "@/lib/forms/form-action";
import type { PracticeFormState } from "@/lib/practices/actions.validation";
import { formValuesFromData } from "@/lib/practices/form-values";
import { fieldErrors, practiceInputSchema } from "@/lib/practices/practice-input";
import { loadReference } from "@/lib/practices/reference";
import { revalidatePractices } from "@/lib/practices/revalidate";
import { refreshSearchWordsAfterResponse } from "@/lib/practices/search-words-after";
import {
  decisionTarget,
  PROPOSAL_FORM,
  PROPOSAL_META_FIELDS,
  rejectionSchema,
  type ProposalFormState,
  type RejectionState,
} from "@/lib/submissions/actions.validation";
import { checkChallenge } from "@/lib/submissions/challenge";
import { publishSubmission, rejectSubmission } from "@/lib/submissions/decide";
import { checkFormStamp, makeFormStamp } from "@/lib/submissions/form-stamp";
import { limitRefusal } from "@/lib/submissions/limits";
import { parseProposal } from "@/lib/submissions/proposal-input";
import { siteSecret } from "@/lib/submissions/site-secret";
import { notifySubmissionDecided, notifySubmissionReceived } from "@/lib/submissions/notify";
import { recordProposal } from "@/lib/submissions/submit";

const FIX_FIELDS = "Alcuni campi vanno corretti: l'elenco è qui sotto, e ogni messaggio è accanto al suo campo.";

/** The public proposal form (/segnala): no session, so every check of the request is here. */
export const sendProposal = publicFormAction(
  async (_previous: ProposalFormState, formData: FormData): Promise<ProposalFormState> => {
    const answer = await checkAndRecordProposal(formData);
    if ("token" in answer) redirect(`/segnala/stato/${answer.token}?inviata=1`);
    // The next send keeps this form's stamp (its idempotency key and fill time), unless it was replaced.
    const sent = formData.get("modulo");
    const stamp = answer.stamp ?? (typeof sent === "string" && sent.length <= 200 ? sent : undefined);
    return answerRefused(formData, PROPOSAL_FORM, "/segnala", { ...answer, stamp });
  },
);

async function checkAndRecordProposal(formData: FormData): Promise<ProposalFormState | { token: string }> {
  const values = formValuesFromData(formData);
  for (const field of PROPOSAL_META_FIELDS) delete values[field];
  const secret = await siteSecret(db, "form-stamp");

  // The honeypot: a field people never see. Whatever filled it is not a person.
  if (String(formData.get("sito_web") ?? "") !== "") {
    return { values, message: "La segnalazione non è stata accettata." };
  }
  const stamp = checkFormStamp(secret, formData.get("modulo"));
  if (!stamp.ok) {
    if (stamp.reason === "too-fast") {
      return { values, message: "Il modulo è stato inviato troppo in fretta: controlla i campi e invialo di nuovo." };
    }
    return {
      values,
      stamp: makeFormStamp(secret),
      message:
        stamp.reason === "expired"
          ? "Il modulo era aperto da più di un giorno: abbiamo tenuto quanto hai scritto, invialo di nuovo."
          : "Il modulo non è valido: abbiamo tenuto quanto hai scritto, invialo di nuovo.",
    };
  }
  const challenge = await checkChallenge(db, formData.get("altcha"));
  if (challenge.outcome === "refused") {
    return {
      values,
      message: "La verifica automatica anti-abuso non è riuscita: attendi che si completi e invia di nuovo.",
    };
  }

  const parsed = parseProposal(values, await loadReference());
  if (!parsed.ok) return { values, errors: parsed.errors, message: FIX_FIELDS };

  const outcome = await recordProposal(db, {
    token: stamp.token,
    draft: parsed.draft,
    sheetValues: parsed.sheetValues,
    submitter: parsed.submitter,
    clientAddress: await clientAddress(),
    challengeId: challenge.outcome === "solved" ? challenge.id : null,
  });
  if (outcome.outcome === "limited") return { values, ...limitRefusal(outcome.scope) };
  if (outcome.outcome === "challenge-reused") {
    return { values, message: "La verifica automatica anti-abuso era già stata usata: invia di nuovo il modulo." };
  }
  // A resent form finds its first submission: only the first one is announced.
  if (outcome.outcome === "created") {
    after(() => notifySubmissionReceived(db, siteMailer(), siteUrl(), outcome.id, stamp.token));
  }
  return { token: stamp.token };
}

/** Publishes a proposal as a real sheet, with what the editor corrected in the editor. */
export const publishProposal = adminAction(
  "EDITOR",
  async (user, _previous: PracticeFormState, formData: FormData): Promise<PracticeFormState> => {
    const values = formValuesFromData(formData);
    const target = decisionTarget.safeParse(Object.fromEntries(formData));
    if (!target.success) return { values, message: "Il modulo non è valido: ricarica la pagina." };
    const parsed = practiceInputSchema(await loadReference()).safeParse(values);
    if (!parsed.success) {
      return {
        values,
        errors: fieldErrors(parsed.error),
        message: "Alcuni campi vanno corretti: vedi i messaggi accanto ai campi.",
      };
    }
    const id = target.data.segnalazione;
    const outcome = await publishSubmission(db, id, parsed.data, user.id);
    switch (outcome.outcome) {
      case "not-found":
        return { values, message: "Questa segnalazione non esiste più." };
      case "already-decided":
        return { values, message: "Un'altra persona ha già deciso su questa segnalazione: ricarica la pagina." };
      case "code-taken":
        return {
          values,
          errors: { codice: ["Codice: esiste già una scheda con questo codice."] },
          message: "Alcuni campi vanno corretti.",
        };
    }
    if (outcome.outcome === "published") {
      refreshSearchWordsAfterResponse();
      revalidatePractices([outcome.practice.slug]);
      after(() => notifySubmissionDecided(db, siteMailer(), siteUrl(), id));
    }
    redirect(`/admin/segnalazioni/${id}?esito=pubblicata`);
  },
);

/** Declines a proposal with a reason its sender reads on the status page. Nothing public changes. */
export const rejectProposal = adminAction(
  "EDITOR",
  async (user, _previous: RejectionState, formData: FormData): Promise<RejectionState> => {
    const reason = String(formData.get("motivo") ?? "").slice(0, 3_000);
    const parsed = rejectionSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return { reason, errors: z.flattenError(parsed.error).fieldErrors, message: "Indica il motivo." };
    const outcome = await rejectSubmission(db, parsed.data.segnalazione, parsed.data.motivo, user.id);
    if (outcome.outcome === "not-found") return { reason, message: "Questa segnalazione non esiste più." };
    if (outcome.outcome === "already-decided") {
      return { reason, message: "Un'altra persona ha già deciso su questa segnalazione: ricarica la pagina." };
    }
    after(() => notifySubmissionDecided(db, siteMailer(), siteUrl(), parsed.data.segnalazione));
    redirect(`/admin/segnalazioni/${parsed.data.segnalazione}?esito=respinta`);
  },
);
