import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { hashToken } from "@/lib/auth/session-store";
import { db } from "@/lib/db";
import { createMailer } from "@/lib/mail/mailer";
import { readReference } from "@/lib/practices/reference-query";
import type { FormValues } from "@/lib/practices/form-values";
import type { Reference } from "@/lib/practices/practice-input";
import { publishSubmission, rejectSubmission } from "@/lib/submissions/decide";
import { notifySubmissionDecided, notifySubmissionReceived } from "@/lib/submissions/notify";
import { parseProposal } from "@/lib/submissions/proposal-input";
import { findSubmissionStatus, getSubmissionForReview } from "@/lib/submissions/queries";
import { recordProposal } from "@/lib/submissions/submit";
import { ACCOUNTS } from "@/tests/e2e/support/accounts";
import { linkIn as linkInMail, mailBody, startInbox } from "../support/smtp-inbox";
import { snapshotCatalogue } from "../fixtures/import/fixture-files";

// The e-mails of public submissions against a real SMTP server running in this process
// (smtp-server): what nodemailer really sent is captured, its links read and followed to the
// pages' own functions on the real database. A mail server that refuses never loses a submission.

vi.setConfig({ testTimeout: 60_000 });

const SITE = "http://sito.test";
const RUN = Date.now().toString(36);
let inbox: Awaited<ReturnType<typeof startInbox>>;
let reference: Reference;
let editorId: number;
let restore: () => Promise<void>;
const published: number[] = [];

beforeAll(async () => {
  inbox = await startInbox();
  restore = await snapshotCatalogue();
  reference = await readReference(db);
  editorId = (await db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.editor.email } })).id;
});

afterAll(async () => {
  await inbox.close();
  await db.submission.deleteMany({ where: { title: { contains: RUN } } });
  await db.practice.deleteMany({ where: { id: { in: published } } });
  await restore();
  await db.$disconnect();
});

beforeEach(() => {
  inbox.messages.length = 0;
});

const mailer = () => createMailer(inbox.url, "Catalogo <noreply@sito.test>");
const body = mailBody;
const to = (address: string) => inbox.to(address);
const linkIn = (raw: string, path: string) => linkInMail(raw, SITE, path);

// Each from its own comune: the per-entity limit counts a day of submissions.
async function submit(title: string, comune: string, email = `m.rossi.${RUN}@comune.esempio.it`) {
  const values: FormValues = {
    ente_tipo: "comune",
    comune,
    titolo: `${title} ${RUN}`,
    sintesi: "Uno sportello che telefona ogni giorno agli anziani che vivono soli.",
    descrizione: "Gli operatori chiamano ogni mattina gli anziani soli, portano la spesa e i farmaci.",
    tipo_servizio: "nuovo",
    aree_utenza: ["anziani"],
    richiedente_nome: "Maria Rossi",
    richiedente_ruolo: "Assistente sociale",
    richiedente_email: email,
    richiedente_ente: "Comune di Calliano",
  };
  const parsed = parseProposal(values, reference);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const token = randomBytes(32).toString("base64url");
  const outcome = await recordProposal(db, {
    token,
    draft: parsed.draft,
    sheetValues: parsed.sheetValues,
    submitter: parsed.submitter,
    clientAddress: null,
    challengeId: null,
  });
  if (outcome.outcome !== "created") throw new Error(outcome.outcome);
  return { id: outcome.id, code: outcome.code, token, draft: parsed.draft, email };
}

describe("submission e-mails", () => {
  it("sends the sender a receipt whose private link opens the status page, and the editors a notice that opens the review", async () => {
    const sent = await submit("Ricevuta per e-mail", "Rovereto");
    const report = await notifySubmissionReceived(db, mailer(), SITE, sent.id, sent.token);

    const [receipt] = to(sent.email);
    expect(receipt, "the receipt").toBeDefined();
    expect(body(receipt!.raw)).toContain(sent.code);
    // Nothing typed in the form goes to an address nobody confirmed.
    expect(body(receipt!.raw)).not.toContain("Ricevuta per e-mail");
    const token = linkIn(receipt!.raw, "/segnala/stato/");
    expect(hashToken(token)).toBe(hashToken(sent.token));
    expect(await findSubmissionStatus(token)).toMatchObject({ code: sent.code, status: "RECEIVED" });

    const editors = await db.user.findMany({ where: { active: true, role: { in: ["EDITOR", "ADMIN"] } } });
    expect(editors.length).toBeGreaterThan(0);
    for (const editor of editors) {
      const [notice] = to(editor.email);
      expect(notice, `the notice to ${editor.email}`).toBeDefined();
      const text = body(notice!.raw);
      expect(text).toContain(sent.code);
      expect(text).toContain("senza la verifica anti-abuso");
      // The sender's personal data stays in the queue, not in the editors' mailboxes.
      expect(text).not.toContain("Maria Rossi");
      expect(text).not.toContain(sent.email);
      const id = Number(linkIn(notice!.raw, "/admin/segnalazioni/"));
      expect((await getSubmissionForReview(id))?.code).toBe(sent.code);
    }
    expect(report).toEqual({ sent: 1 + editors.length, failed: 0 });
  });

  it("tells the sender the decision: the public link of the published sheet, or the reason", async () => {
    const accepted = await submit("Pubblicata per e-mail", "Mori");
    const outcome = await publishSubmission(db, accepted.id, { ...accepted.draft, code: accepted.code }, editorId);
    if (outcome.outcome !== "published") throw new Error(outcome.outcome);
    published.push(outcome.practice.practiceId);
    expect(await notifySubmissionDecided(db, mailer(), SITE, accepted.id)).toEqual({ sent: 1, failed: 0 });
    const [news] = to(accepted.email);
    expect(body(news!.raw)).toContain("è stata pubblicata");
    const slug = linkIn(news!.raw, "/pratiche/");
    expect(await db.practice.findUnique({ where: { slug } })).toMatchObject({
      title: accepted.draft.title,
      status: "PUBLISHED",
    });

    const declined = await submit("Respinta per e-mail", "Ala", `l.bianchi.${RUN}@comune.esempio.it`);
    await rejectSubmission(db, declined.id, "Descrive un servizio già presente nel catalogo.", editorId);
    expect(await notifySubmissionDecided(db, mailer(), SITE, declined.id)).toEqual({ sent: 1, failed: 0 });
    const [refusal] = to(declined.email);
    expect(body(refusal!.raw)).toContain("Descrive un servizio già presente nel catalogo.");
    expect(body(refusal!.raw)).not.toContain(`${SITE}/pratiche/`);
  });

  it("a mail server that refuses loses nothing: the submission stays, the failure is counted", async () => {
    // A port where nothing listens any more: the address of a server just closed.
    const closed = await startInbox();
    await closed.close();
    const sent = await submit("Server di posta spento", "Avio");
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const report = await notifySubmissionReceived(
        db,
        createMailer(closed.url, "x@sito.test"),
        SITE,
        sent.id,
        sent.token,
      );
      expect(report.sent).toBe(0);
      expect(report.failed).toBeGreaterThan(0);
      expect(errors.mock.calls.flat().join(" ")).toContain(sent.code);
      expect(errors.mock.calls.flat().join(" ")).not.toContain(sent.email);
    } finally {
      errors.mockRestore();
    }
    expect(await findSubmissionStatus(sent.token)).toMatchObject({ code: sent.code, status: "RECEIVED" });
    // Without SMTP_URL nothing is sent: the queue and the status page are the channel.
    expect(await notifySubmissionReceived(db, null, SITE, sent.id, sent.token)).toEqual({ sent: 0, failed: 0 });
    expect(inbox.messages).toHaveLength(0);
  });
});
