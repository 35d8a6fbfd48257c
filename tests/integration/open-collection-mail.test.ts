import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { hashToken } from "@/lib/auth/session-store";
import { db } from "@/lib/db";
import { createMailer } from "@/lib/mail/mailer";
import { approveOpenSubmission, sheetOpenToReports } from "@/lib/open-collection/decide";
import { parseFollowUp, parseReplication } from "@/lib/open-collection/input";
import { getOpenCollection } from "@/lib/open-collection/queries";
import type { FormValues } from "@/lib/practices/form-values";
import type { Reference } from "@/lib/practices/practice-input";
import { readReference } from "@/lib/practices/reference-query";
import { rejectSubmission } from "@/lib/submissions/decide";
import { notifySubmissionDecided, notifySubmissionReceived } from "@/lib/submissions/notify";
import { findSubmissionStatus, getSubmissionForReview } from "@/lib/submissions/queries";
import { recordSubmission, type NewSubmission } from "@/lib/submissions/submit";
import { ACCOUNTS } from "@/tests/e2e/support/accounts";
import { linkIn as linkInMail, mailBody, startInbox } from "../support/smtp-inbox";

// The e-mails of replications ("L'abbiamo replicata") and follow-ups ("Com'è andata dopo") against
// a real SMTP server in this process, as submission-mail.test.ts does for new practices. The
// submissions are built as lib/open-collection/actions.ts builds them (parseReplication or
// parseFollowUp, then recordSubmission on a published, non-illustrative sheet); what nodemailer
// really sent is captured, and its links are followed to the pages' own functions.

vi.setConfig({ testTimeout: 60_000 });

const SITE = "http://sito.test";
const RUN = `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
let inbox: Awaited<ReturnType<typeof startInbox>>;
let reference: Reference;
let editorId: number;
let sheet: { id: number; slug: string; title: string; entityId: number };

beforeAll(async () => {
  inbox = await startInbox();
  reference = await readReference(db);
  editorId = (await db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.editor.email } })).id;
  const entity = await db.entity.create({
    data: { slug: `ente-posta-${RUN}`, name: `Comune di Posta ${RUN}`, kind: "COMUNE", istatCode: null, regionId: 16 },
  });
  const practice = await db.practice.create({
    data: {
      code: `MAIL-${RUN}`,
      slug: `pratica-posta-${RUN}`,
      title: `Pratica con repliche per e-mail ${RUN}`,
      summary: "Sintesi.",
      description: "Descrizione.",
      serviceType: "NUOVO",
      sustainability: "CONTINUA",
      status: "PUBLISHED",
      publishedAt: new Date(),
      entityId: entity.id,
      terms: { create: [{ termId: reference.terms.find((t) => t.vocabulary === "AREA")!.id }] },
    },
  });
  // The sheet is one the public forms accept (published, not an illustrative example).
  const open = await sheetOpenToReports(db, practice.id);
  if (!open) throw new Error("the test sheet does not receive reports");
  sheet = { id: open.id, slug: open.slug, title: open.title, entityId: open.entityId };
});

afterAll(async () => {
  await inbox.close();
  await db.submission.deleteMany({ where: { practiceId: sheet?.id } });
  await db.practice.deleteMany({ where: { code: `MAIL-${RUN}` } });
  await db.entity.deleteMany({ where: { slug: `ente-posta-${RUN}` } });
  await db.$disconnect();
});

beforeEach(() => {
  inbox.messages.length = 0;
});

const mailer = () => createMailer(inbox.url, "Catalogo <noreply@sito.test>");
const body = mailBody;
const to = (address: string) => inbox.to(address);
const linkIn = (raw: string, path: string) => linkInMail(raw, SITE, path);

// The sender's data: personal, kept in the queue only (erased after 90 days), never in the editors' mail.
const senderOf = (email: string) => ({
  richiedente_nome: "Giovanna Ferrari",
  richiedente_ruolo: "Coordinatrice del servizio sociale",
  richiedente_email: email,
  richiedente_ente: "Ufficio di piano dell'Alto Garda",
});

type Sent = { id: number; code: string; token: string; email: string };

async function record(input: Omit<NewSubmission, "token" | "clientAddress" | "challengeId">, email: string) {
  const token = randomBytes(32).toString("base64url");
  const outcome = await recordSubmission(db, { ...input, token, clientAddress: null, challengeId: null });
  if (outcome.outcome !== "created") throw new Error(outcome.outcome);
  return { id: outcome.id, code: outcome.code, token, email } satisfies Sent;
}

// Each replication from its own comune: the per-entity limit counts a day of submissions.
async function sendReplication(comune: string, email: string) {
  const values: FormValues = {
    ente_tipo: "comune",
    comune,
    data_avvio: "2022-03-01",
    cosa_cambia: "Abbiamo aggiunto le visite a domicilio il sabato mattina.",
    nota: "Attiva in tutta la valle.",
    ...senderOf(email),
  };
  const parsed = parseReplication(values, reference);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const sent = await record(
    {
      kind: "REPLICATION",
      values: parsed.values,
      title: sheet.title,
      entity: parsed.data.entity,
      practiceId: sheet.id,
      submitter: parsed.submitter,
    },
    email,
  );
  return { ...sent, entityName: parsed.data.entity.name };
}

// A follow-up names the sheet's own entity, as the action does.
async function sendFollowUp(text: string, email: string) {
  const parsed = parseFollowUp({ data: "2023-06-15", stato: "prosegue-modificata", testo: text, ...senderOf(email) });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const entity = await db.entity.findUniqueOrThrow({
    where: { id: sheet.entityId },
    select: { name: true, istatCode: true, regionId: true },
  });
  const sent = await record(
    {
      kind: "FOLLOW_UP",
      values: parsed.values,
      title: sheet.title,
      entity,
      practiceId: sheet.id,
      submitter: parsed.submitter,
    },
    email,
  );
  return { ...sent, entityName: entity.name };
}

const address = (who: string) => `${who}.${RUN}@comune.esempio.it`;

async function expectReceiptAndNotices(sent: Sent & { entityName: string }, kind: "REPLICATION" | "FOLLOW_UP") {
  const report = await notifySubmissionReceived(db, mailer(), SITE, sent.id, sent.token);

  const receipts = to(sent.email);
  expect(receipts, "one receipt to the sender").toHaveLength(1);
  const receipt = body(receipts[0]!.raw);
  expect(receipt).toContain(sent.code);
  expect(receipt).toContain(sheet.title);
  expect(receipt).toContain(kind === "REPLICATION" ? "(replica)" : "(aggiornamento)");
  // The entity is typed by the sender (an ambito's name is free text): not sent to an unconfirmed address.
  if (kind === "REPLICATION") expect(receipt).not.toContain(sent.entityName);
  const token = linkIn(receipts[0]!.raw, "/segnala/stato/");
  expect(hashToken(token)).toBe(hashToken(sent.token));
  expect(await findSubmissionStatus(token)).toMatchObject({ code: sent.code, kind, status: "RECEIVED" });

  const editors = await db.user.findMany({ where: { active: true, role: { in: ["EDITOR", "ADMIN"] } } });
  expect(editors.length).toBeGreaterThan(0);
  for (const editor of editors) {
    const notices = to(editor.email);
    expect(notices, `one notice to ${editor.email}`).toHaveLength(1);
    const text = body(notices[0]!.raw);
    expect(text).toContain(sent.code);
    expect(text).toContain(sent.entityName);
    expect(text).toContain("senza la verifica anti-abuso");
    // The sender's personal data stays in the queue, not in the editors' mailboxes.
    const sender = senderOf(sent.email);
    for (const value of Object.values(sender)) expect(text).not.toContain(value);
    expect(text).not.toContain(sent.token);
    const id = Number(linkIn(notices[0]!.raw, "/admin/segnalazioni/"));
    expect(id).toBe(sent.id);
    expect(await getSubmissionForReview(id)).toMatchObject({ code: sent.code, kind, practiceId: sheet.id });
  }
  expect(report).toEqual({ sent: 1 + editors.length, failed: 0 });
}

async function expectPublishedMail(sent: Sent) {
  expect(await notifySubmissionDecided(db, mailer(), SITE, sent.id)).toEqual({ sent: 1, failed: 0 });
  expect(inbox.messages, "only the sender is told").toHaveLength(1);
  const [news] = to(sent.email);
  expect(body(news!.raw)).toContain("è stata pubblicata");
  expect(body(news!.raw)).toContain(sent.code);
  // The link is the sheet the replication or follow-up now appears on.
  expect(linkIn(news!.raw, "/pratiche/")).toBe(sheet.slug);
  expect(await findSubmissionStatus(sent.token)).toMatchObject({ code: sent.code, status: "PUBLISHED" });
}

async function expectRejectedMail(sent: Sent, reason: string) {
  expect(await rejectSubmission(db, sent.id, reason, editorId)).toEqual({ outcome: "rejected" });
  expect(await notifySubmissionDecided(db, mailer(), SITE, sent.id)).toEqual({ sent: 1, failed: 0 });
  expect(inbox.messages, "only the sender is told").toHaveLength(1);
  const [refusal] = to(sent.email);
  const text = body(refusal!.raw);
  expect(text).toContain("non pubblicare");
  expect(text).toContain(sent.code);
  expect(text).toContain(reason);
  expect(text).not.toContain(`${SITE}/pratiche/`);
  expect(await findSubmissionStatus(sent.token)).toMatchObject({ status: "REJECTED", rejectionReason: reason });
}

describe("replication and follow-up e-mails", () => {
  it("a replication: the receipt's private link opens its status, the editors' notice opens the review", async () => {
    const sent = await sendReplication("Arco", address("replica.ricevuta"));
    await expectReceiptAndNotices(sent, "REPLICATION");
  });

  it("a follow-up: the receipt's private link opens its status, the editors' notice opens the review", async () => {
    const sent = await sendFollowUp(
      "Il servizio prosegue con due operatori in meno.",
      address("aggiornamento.ricevuto"),
    );
    await expectReceiptAndNotices(sent, "FOLLOW_UP");
  });

  it("an approved replication is announced to its sender with the link of the sheet it now appears on", async () => {
    const sent = await sendReplication("Dro", address("replica.approvata"));
    expect(await approveOpenSubmission(db, sent.id, editorId)).toMatchObject({
      outcome: "approved",
      practiceSlug: sheet.slug,
    });
    await expectPublishedMail(sent);
    const open = await getOpenCollection(sheet.id, sheet.entityId);
    expect(open.replications.map((r) => r.entityName)).toContain(sent.entityName);
  });

  it("an approved follow-up is announced to its sender with the link of the sheet it now appears on", async () => {
    const text = `Prosegue dal 2023 anche nei fine settimana ${RUN}.`;
    const sent = await sendFollowUp(text, address("aggiornamento.approvato"));
    expect(await approveOpenSubmission(db, sent.id, editorId)).toMatchObject({
      outcome: "approved",
      practiceSlug: sheet.slug,
    });
    await expectPublishedMail(sent);
    const open = await getOpenCollection(sheet.id, sheet.entityId);
    expect(open.followUps.map((f) => f.text)).toContain(text);
  });

  it("a rejected replication and a rejected follow-up tell their senders the reason, with no public link", async () => {
    const replication = await sendReplication("Nago-Torbole", address("replica.respinta"));
    await expectRejectedMail(replication, "La replica è già presente sulla scheda con un'altra data.");
    inbox.messages.length = 0;
    const followUp = await sendFollowUp("Il servizio è terminato a fine 2022.", address("aggiornamento.respinto"));
    await expectRejectedMail(followUp, "L'aggiornamento riguarda un altro servizio del comune.");
    // Nothing rejected reaches the sheet.
    const open = await getOpenCollection(sheet.id, sheet.entityId);
    expect(open.replications.map((r) => r.entityName)).not.toContain(replication.entityName);
    expect(open.followUps.map((f) => f.text)).not.toContain("Il servizio è terminato a fine 2022.");
  });
});
