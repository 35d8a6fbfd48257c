import type { MailMessage } from "@/lib/mail/mailer";
import type { SubmissionKind } from "@/lib/generated/prisma/enums";
import { SUBMISSION_KIND_LABELS } from "@/lib/submissions/labels";

// The e-mails about public submissions, in Italian, plain text. The submitter's own e-mails carry
// their code and links; the editors' notification carries no personal data of the submitter
// (it would outlive the erasure after 90 days in their mailboxes): the queue shows it.

const SITE = "Catalogo delle pratiche dei servizi sociali";

export type MailSubmission = { code: string; kind: SubmissionKind; title: string; entityName: string };

const kindOf = (submission: MailSubmission) => SUBMISSION_KIND_LABELS[submission.kind].toLowerCase();

/**
 * Sent to an address nobody has confirmed, so it carries nothing the sender typed: a title or an
 * entity name could carry a message for whoever the address belongs to. A replication or a
 * follow-up names the catalogue's sheet; a proposal only its code.
 */
export function receiptMessage(to: string, submission: MailSubmission, statusLink: string): MailMessage {
  const about = submission.kind === "NEW_PRACTICE" ? "" : ` sulla scheda «${submission.title}»`;
  return {
    to,
    subject: `Segnalazione ricevuta (${submission.code}) — ${SITE}`,
    text: [
      "Buongiorno,",
      "",
      `abbiamo ricevuto la tua segnalazione (${kindOf(submission)})${about}.`,
      `Il suo codice è ${submission.code}.`,
      "",
      "Lo stato della segnalazione si legge a questo indirizzo privato: conservalo, solo chi lo ha può aprirlo.",
      "",
      statusLink,
      "",
      "Quando la redazione avrà deciso ti scriveremo di nuovo. Non rispondere a questo messaggio: la casella non è letta.",
    ].join("\n"),
  };
}

export function publishedMessage(to: string, submission: MailSubmission, publicLink: string): MailMessage {
  return {
    to,
    subject: `Segnalazione pubblicata (${submission.code}) — ${SITE}`,
    text: [
      "Buongiorno,",
      "",
      `la tua segnalazione ${submission.code} «${submission.title}» è stata pubblicata nel catalogo:`,
      "",
      publicLink,
      "",
      "Grazie per averla condivisa.",
    ].join("\n"),
  };
}

export function rejectedMessage(to: string, submission: MailSubmission, reason: string): MailMessage {
  return {
    to,
    subject: `Segnalazione non pubblicata (${submission.code}) — ${SITE}`,
    text: [
      "Buongiorno,",
      "",
      `la redazione ha deciso di non pubblicare la tua segnalazione ${submission.code} «${submission.title}».`,
      "Il motivo:",
      "",
      reason,
      "",
      "Lo stesso motivo si legge all'indirizzo privato che hai ricevuto dopo l'invio.",
    ].join("\n"),
  };
}

export function editorNotice(to: string, submission: MailSubmission & { flagged: boolean }, reviewLink: string) {
  return {
    to,
    subject: `Nuova segnalazione da esaminare (${submission.code}) — ${SITE}`,
    text: [
      "Buongiorno,",
      "",
      `è arrivata una nuova segnalazione (${kindOf(submission)}), codice ${submission.code}:`,
      `«${submission.title}», ${submission.entityName}.`,
      ...(submission.flagged
        ? ["È stata inviata senza la verifica anti-abuso (senza JavaScript): controllala con attenzione."]
        : []),
      "",
      "Per esaminarla:",
      "",
      reviewLink,
    ].join("\n"),
  } satisfies MailMessage;
}
