import { createHash } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { acceptInvitation, findInvitation, inviteUser } from "@/lib/accounts/invitations";
import { completePasswordReset, findPasswordReset, requestPasswordReset } from "@/lib/accounts/password-reset";
import { createAccountToken, findUsableToken, InvalidLinkError } from "@/lib/accounts/tokens";
import { verifyPassword } from "@/lib/auth/password";
import { createSession } from "@/lib/auth/session-store";
import { db } from "@/lib/db";
import { pruneExpired } from "@/lib/housekeeping";
import { createMailer } from "@/lib/mail/mailer";
import { DuplicateEmailError } from "@/lib/users/create-user";
import { mailBody } from "../support/smtp-inbox";

// Invitations and password resets end to end against a real SMTP server running in this
// process (smtp-server): the messages nodemailer really sent are captured, their links read
// and followed to the pages' own functions, on the real database.

// Each acceptance or reset hashes a password with scrypt: seconds on a loaded 2-core machine.
vi.setConfig({ testTimeout: 90_000 });

const SITE = "http://sito.test";
type Captured = { from: string; to: string[]; raw: string };
const inbox: Captured[] = [];
let server: SMTPServer;
let smtpUrl: string;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        inbox.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.user.deleteMany({ where: { email: { endsWith: "@posta.test" } } });
  await db.accountToken.deleteMany({ where: { email: { endsWith: "@posta.test" } } });
  await db.$disconnect();
});

beforeEach(() => {
  inbox.length = 0;
});

const mail = (index: number) => {
  const message = inbox[index];
  if (!message) throw new Error(`no message ${index}: ${inbox.length} received`);
  return message;
};
const mailer = () => createMailer(smtpUrl, "Catalogo <noreply@sito.test>");
let serial = 0;
const address = () => `persona-${Date.now()}-${++serial}@posta.test`;

const body = mailBody;

/** The one link of a message to the site, and its token. */
function linkIn(message: Captured) {
  const links = body(message.raw).match(/https?:\/\/\S+/g) ?? [];
  expect(links).toHaveLength(1);
  const url = new URL(links[0]!);
  expect(url.origin).toBe(SITE);
  return { path: url.pathname, token: url.pathname.split("/").pop()! };
}

describe("invitations", () => {
  it("e-mails a single-use link with which the invitee chooses their own password", async () => {
    const admin = await db.user.findFirstOrThrow({ where: { role: "ADMIN" } });
    const email = address();
    const outcome = await inviteUser(db, { email, role: "EDITOR", createdById: admin.id }, SITE, mailer());
    expect(outcome.outcome).toBe("sent");
    expect(outcome).not.toHaveProperty("link");

    expect(inbox).toHaveLength(1);
    expect(mail(0).to).toEqual([email]);
    expect(mail(0).from).toBe("noreply@sito.test");
    const text = body(mail(0).raw);
    expect(text).toContain("ruolo di redattore");
    expect(text).toContain("una sola volta");
    const { path, token } = linkIn(mail(0));
    expect(path).toBe(`/admin/invito/${token}`);

    // Only the token's hash is stored.
    const stored = await db.accountToken.findMany({ where: { email } });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.id).toBe(createHash("sha256").update(token).digest("hex"));
    expect(stored[0]!.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000);

    expect(await findInvitation(db, token)).toMatchObject({ email, role: "EDITOR" });
    const user = await acceptInvitation(db, token, { name: "Nuova Persona", password: "una frase lunga da ricordare" });
    const saved = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(saved).toMatchObject({ email, name: "Nuova Persona", role: "EDITOR", mustChangePassword: false });
    expect(await verifyPassword("una frase lunga da ricordare", saved.passwordHash)).toBe(true);

    // Used once: the same link neither opens nor creates anything again.
    expect(await findInvitation(db, token)).toBeNull();
    await expect(acceptInvitation(db, token, { name: "Altra", password: "un'altra frase lunga" })).rejects.toThrow(
      InvalidLinkError,
    );
  });

  it("without a mailer, or when the mail server fails, gives the link to show once", async () => {
    const admin = await db.user.findFirstOrThrow({ where: { role: "ADMIN" } });
    const email = address();
    const shown = await inviteUser(db, { email, role: "ADMIN", createdById: admin.id }, SITE, null);
    expect(shown.outcome).toBe("link");
    const token = shown.outcome === "link" ? shown.link.split("/").pop()! : "";
    expect(await findInvitation(db, token)).toMatchObject({ role: "ADMIN" });

    const closed = createMailer("smtp://127.0.0.1:1", "x@sito.test");
    const failed = await inviteUser(db, { email, role: "EDITOR", createdById: admin.id }, SITE, closed);
    expect(failed).toMatchObject({ outcome: "link", mailError: expect.any(String) });
    // The newer invitation replaces the earlier one.
    expect(await findInvitation(db, token)).toBeNull();
    expect(inbox).toHaveLength(0);
  });

  it("refuses an address that already has an account, and expired links", async () => {
    const admin = await db.user.findFirstOrThrow({ where: { role: "ADMIN" } });
    await expect(
      inviteUser(db, { email: admin.email, role: "EDITOR", createdById: admin.id }, SITE, mailer()),
    ).rejects.toThrow(DuplicateEmailError);
    const expired = address();
    const old = await createAccountToken(
      db,
      { kind: "INVITATION", email: expired, role: "EDITOR", ttlMs: 7 * 24 * 3600_000 },
      new Date(Date.now() - 8 * 24 * 3600_000),
    );
    expect(await findUsableToken(db, old.token, "INVITATION")).toBeNull();
    // Housekeeping deletes links past their expiry.
    expect((await pruneExpired(db)).accountTokens).toBeGreaterThanOrEqual(1);
    expect(await db.accountToken.count({ where: { email: expired } })).toBe(0);
    await expect(
      acceptInvitation(db, old.token, { name: "Tardi", password: "una frase lunga da ricordare" }),
    ).rejects.toThrow(InvalidLinkError);
    expect(await findInvitation(db, "not-a-token")).toBeNull();
  });
});

describe("password reset", () => {
  it("e-mails a link to an existing account only, and answers the same for any address", async () => {
    const email = address();
    const user = await db.user.create({
      data: { email, name: "Rosa Reimposta", passwordHash: "x", mustChangePassword: true },
    });
    await createSession(db, user.id, {});
    await createSession(db, user.id, {});

    const known = await requestPasswordReset(db, email, null, SITE, mailer());
    const unknown = await requestPasswordReset(db, address(), null, SITE, mailer());
    expect(known.outcome).toBe("accepted");
    expect(unknown.outcome).toBe("accepted");
    expect(Object.keys(known)).toEqual(Object.keys(unknown));
    if (known.outcome !== "accepted" || unknown.outcome !== "accepted") return;
    await unknown.deliver();
    expect(inbox).toHaveLength(0);
    await known.deliver();
    expect(inbox).toHaveLength(1);
    expect(mail(0).to).toEqual([email]);
    expect(body(mail(0).raw)).toContain("sessioni aperte");

    const { path, token } = linkIn(mail(0));
    expect(path).toBe(`/admin/nuova-password/${token}`);
    const reset = await findPasswordReset(db, token);
    expect(reset).toMatchObject({ email, name: "Rosa Reimposta" });
    expect(reset!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(30 * 60_000);

    await completePasswordReset(db, token, "rosa sceglie una frase nuova");
    const saved = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword("rosa sceglie una frase nuova", saved.passwordHash)).toBe(true);
    expect(saved.mustChangePassword).toBe(false);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    await expect(completePasswordReset(db, token, "ancora un'altra frase")).rejects.toThrow(InvalidLinkError);
  });

  it("only the newest link works, and a deactivated account gets none", async () => {
    const email = address();
    const user = await db.user.create({ data: { email, name: "Nino Nuovo", passwordHash: "x" } });
    for (let i = 0; i < 2; i++) {
      const request = await requestPasswordReset(db, email, null, SITE, mailer());
      if (request.outcome === "accepted") await request.deliver();
    }
    expect(inbox).toHaveLength(2);
    expect(await findPasswordReset(db, linkIn(mail(0)).token)).toBeNull();
    expect(await findPasswordReset(db, linkIn(mail(1)).token)).not.toBeNull();

    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await findPasswordReset(db, linkIn(mail(1)).token)).toBeNull();
    const request = await requestPasswordReset(db, email, null, SITE, mailer());
    if (request.outcome === "accepted") await request.deliver();
    expect(inbox).toHaveLength(2);
  });

  it("is rate-limited per address with the sign-in attempt limits", async () => {
    const email = address();
    const outcomes: string[] = [];
    for (let i = 0; i < 6; i++)
      outcomes.push((await requestPasswordReset(db, email, "203.0.113.9", SITE, mailer())).outcome);
    expect(outcomes).toEqual(["accepted", "accepted", "accepted", "accepted", "accepted", "throttled"]);
    // Sign-ins of the same account are not slowed by someone asking for its reset links.
    expect(await db.loginAttempt.count({ where: { email } })).toBe(0);
  });
});
