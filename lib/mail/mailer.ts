import nodemailer, { type Transporter } from "nodemailer";

// Plain-text e-mail through one SMTP server (SMTP_URL). The mailer is passed to the code that
// sends, rather than read from a global, so tests give it the address of a real SMTP server
// they run in-process.

export type MailMessage = { to: string; subject: string; text: string };

export type Mailer = { send: (message: MailMessage) => Promise<void> };

/** A mailer for an smtp:// or smtps:// URL, sending as `from`. */
export function createMailer(smtpUrl: string, from: string): Mailer {
  let transport: Transporter | undefined;
  return {
    async send(message) {
      // Bounded: a mail server that does not answer must not hold a request for minutes.
      transport ??= nodemailer.createTransport({
        url: smtpUrl,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      });
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}

/** The sender: MAIL_FROM, else noreply@ the site's host. */
export function senderFor(siteUrl: string, mailFrom?: string) {
  return mailFrom ?? `Catalogo pratiche servizi sociali <noreply@${new URL(siteUrl).hostname}>`;
}
