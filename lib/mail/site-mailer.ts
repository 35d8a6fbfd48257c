import { env, siteUrl, smtpUrl } from "@/lib/env";
import { createMailer, senderFor, type Mailer } from "@/lib/mail/mailer";

let mailer: Mailer | null | undefined;

/** The site's mailer from SMTP_URL, or null when e-mail is not configured. */
export function siteMailer(): Mailer | null {
  if (mailer === undefined) {
    const url = smtpUrl();
    mailer = url ? createMailer(url, senderFor(siteUrl(), env().MAIL_FROM)) : null;
  }
  return mailer;
}
