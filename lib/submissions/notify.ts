import type { Mailer, MailMessage } from "@/lib/mail/mailer";
import type { Db } from "@/lib/prisma-client";
import { editorNotice, publishedMessage, receiptMessage, rejectedMessage } from "@/lib/submissions/mail-messages";

// E-mail about a public submission, for any kind: the receipt to its sender and a notice to the
// editors when it arrives, the decision to its sender. Called after the submission or decision
// is committed (next/server's after(), once the answer has gone): a mail server that is down or
// slow never delays, fails or undoes a submission. Failures are logged with the code only.
// Without a mailer (SMTP_URL unset) nothing is sent: the queue and the status page are the channel.

export type NotifyReport = { sent: number; failed: number };

const SELECT = {
  id: true,
  code: true,
  kind: true,
  title: true,
  entityName: true,
  flagged: true,
  status: true,
  submitterEmail: true,
  rejectionReason: true,
  practice: { select: { slug: true, status: true } },
} as const;

async function sendAll(mailer: Mailer, code: string, messages: MailMessage[]): Promise<NotifyReport> {
  const report = { sent: 0, failed: 0 };
  for (const message of messages) {
    try {
      await mailer.send(message);
      report.sent++;
    } catch (error) {
      report.failed++;
      console.error(`E-mail sulla segnalazione ${code} non inviata: ${error instanceof Error ? error.message : error}`);
    }
  }
  return report;
}

/** The sender's receipt (with the private status link, which only the sender's form knew) and the editors' notice. */
export async function notifySubmissionReceived(
  client: Db,
  mailer: Mailer | null,
  siteUrl: string,
  id: number,
  token: string,
): Promise<NotifyReport> {
  if (!mailer) return { sent: 0, failed: 0 };
  const submission = await client.submission.findUnique({ where: { id }, select: SELECT });
  if (!submission) return { sent: 0, failed: 0 };
  const editors = await client.user.findMany({
    where: { active: true, role: { in: ["EDITOR", "ADMIN"] } },
    select: { email: true },
    orderBy: { id: "asc" },
  });
  const reviewLink = `${siteUrl}/admin/segnalazioni/${submission.id}`;
  return sendAll(mailer, submission.code, [
    ...(submission.submitterEmail
      ? [receiptMessage(submission.submitterEmail, submission, `${siteUrl}/segnala/stato/${token}`)]
      : []),
    ...editors.map((editor) => editorNotice(editor.email, submission, reviewLink)),
  ]);
}

/** The decision to the sender: published with its public link, or not published with the reason. */
export async function notifySubmissionDecided(
  client: Db,
  mailer: Mailer | null,
  siteUrl: string,
  id: number,
): Promise<NotifyReport> {
  if (!mailer) return { sent: 0, failed: 0 };
  const submission = await client.submission.findUnique({ where: { id }, select: SELECT });
  const to = submission?.submitterEmail;
  if (!submission || !to) return { sent: 0, failed: 0 };
  if (submission.status === "PUBLISHED" && submission.practice?.status === "PUBLISHED") {
    return sendAll(mailer, submission.code, [
      publishedMessage(to, submission, `${siteUrl}/pratiche/${submission.practice.slug}`),
    ]);
  }
  if (submission.status === "REJECTED") {
    return sendAll(mailer, submission.code, [rejectedMessage(to, submission, submission.rejectionReason ?? "")]);
  }
  return { sent: 0, failed: 0 };
}
