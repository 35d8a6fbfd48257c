import { ROLE_NAMES } from "@/lib/users/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import type { MailMessage } from "@/lib/mail/mailer";

// The site's e-mails, in Italian, plain text: no tracking, no HTML to render wrongly.

const SITE = "Catalogo delle pratiche dei servizi sociali";

const dateTime = (date: Date) =>
  date.toLocaleString("it-IT", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Rome" });

export function invitationMessage(to: string, link: string, role: Role, expiresAt: Date): MailMessage {
  return {
    to,
    subject: `Invito all'area riservata — ${SITE}`,
    text: [
      "Buongiorno,",
      "",
      `sei stato invitato all'area riservata del ${SITE} con il ruolo di ${ROLE_NAMES[role].toLowerCase()}.`,
      "Per attivare l'account scegli la tua password da questo link:",
      "",
      link,
      "",
      `Il link si può usare una sola volta e scade il ${dateTime(expiresAt)}.`,
      "Se non aspettavi questo invito, ignora questo messaggio: senza il link non viene creato nessun account.",
    ].join("\n"),
  };
}

export function passwordResetMessage(to: string, link: string, expiresAt: Date): MailMessage {
  return {
    to,
    subject: `Nuova password — ${SITE}`,
    text: [
      "Buongiorno,",
      "",
      `è stato chiesto di reimpostare la password del tuo account nell'area riservata del ${SITE}.`,
      "Per sceglierne una nuova apri questo link:",
      "",
      link,
      "",
      `Il link si può usare una sola volta e scade il ${dateTime(expiresAt)}.`,
      "Dopo il cambio, tutte le sessioni aperte con il tuo account vengono chiuse.",
      "Se non l'hai chiesto tu, ignora questo messaggio: la tua password resta quella di prima.",
    ].join("\n"),
  };
}
