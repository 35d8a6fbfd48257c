import { afterAll, describe, expect, it, vi } from "vitest";
import {
  acceptInvitation,
  findInvitation,
  inviteUser,
  listOpenInvitations,
  revokeInvitation,
} from "@/lib/accounts/invitations";
import { InvalidLinkError, isRevokedToken, REVOKED_INVITATION } from "@/lib/accounts/tokens";
import { db } from "@/lib/db";
import { ACCOUNTS } from "@/tests/e2e/support/accounts";

// Issue 13: an administrator withdraws an open invitation; the link then says it was revoked, and
// accepting it creates nothing. Recorded in the audit log, in the same transaction.

vi.setConfig({ testTimeout: 90_000 });

const EMAIL = `revocato-${process.pid}@test.local`;

afterAll(async () => {
  await db.accountToken.deleteMany({ where: { email: EMAIL } });
  await db.user.deleteMany({ where: { email: EMAIL } });
  await db.$disconnect();
});

describe("revoking an invitation", () => {
  it("refuses the link with its own message, lists it no more, and records who revoked it", async () => {
    const admin = await db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.admin.email } });
    const invitation = await inviteUser(
      db,
      { email: EMAIL, role: "EDITOR", createdById: admin.id },
      "http://sito.test",
      null,
    );
    if (invitation.outcome !== "link") throw new Error("expected the link");
    const token = invitation.link.split("/").at(-1)!;
    expect(await findInvitation(db, token)).not.toBeNull();

    expect(await revokeInvitation(db, EMAIL, admin.id)).toBe(true);
    expect(await findInvitation(db, token)).toBeNull();
    expect(await isRevokedToken(db, token, "INVITATION")).toBe(true);
    expect((await listOpenInvitations(db)).map((i) => i.email)).not.toContain(EMAIL);
    const refused = acceptInvitation(db, token, { name: "Non Invitato", password: "una frase lunga e robusta 42" });
    await expect(refused).rejects.toBeInstanceOf(InvalidLinkError);
    await expect(refused).rejects.toThrow(REVOKED_INVITATION);
    expect(await db.user.findUnique({ where: { email: EMAIL } })).toBeNull();

    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.invite-revoke", targetLabel: EMAIL } });
    expect(event.actorId).toBe(admin.id);
    // Nothing open any more: a second revocation says so.
    expect(await revokeInvitation(db, EMAIL, admin.id)).toBe(false);
  });
});
