import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import {
  consumeToken,
  createAccountToken,
  findUsableToken,
  INVITATION_TTL_MS,
  InvalidLinkError,
  isRevokedToken,
  REVOKED_INVITATION,
} from "@/lib/accounts/tokens";
import { recordAudit } from "@/lib/audit/record";
import type { Mailer } from "@/lib/mail/mailer";
import { invitationMessage } from "@/lib/mail/messages";
import type { Db } from "@/lib/prisma-client";
import { DuplicateEmailError } from "@/lib/users/create-user";
import { ROLE_NAMES } from "@/lib/users/user-input";

// An admin invites an address with a role; the person opens the link and chooses their own
// name and password. The admin never knows the password.

export const invitationLink = (siteUrl: string, token: string) => `${siteUrl}/admin/invito/${token}`;

export type InvitationOutcome =
  | { outcome: "sent"; email: string; expiresAt: Date }
  /** No mailer, or the mail server refused: the link is shown once to the admin. */
  | { outcome: "link"; email: string; expiresAt: Date; link: string; mailError?: string };

export async function inviteUser(
  client: Db,
  input: { email: string; role: Role; createdById: number },
  siteUrl: string,
  mailer: Mailer | null,
): Promise<InvitationOutcome> {
  const { email, role, createdById } = input;
  if (await client.user.findUnique({ where: { email }, select: { id: true } })) throw new DuplicateEmailError(email);
  const { token, expiresAt } = await client.$transaction(async (tx) => {
    // One open invitation per address: the newest replaces the earlier ones.
    await tx.accountToken.deleteMany({ where: { email, kind: "INVITATION", usedAt: null } });
    await recordAudit(tx, {
      actorId: createdById,
      action: "user.invite",
      target: { type: "user", label: email },
      changes: { note: `Ruolo: ${ROLE_NAMES[role].toLowerCase()}.` },
    });
    return createAccountToken(tx, { kind: "INVITATION", email, role, createdById, ttlMs: INVITATION_TTL_MS });
  });
  const link = invitationLink(siteUrl, token);
  if (!mailer) return { outcome: "link", email, expiresAt, link };
  try {
    await mailer.send(invitationMessage(email, link, role, expiresAt));
    return { outcome: "sent", email, expiresAt };
  } catch (error) {
    return {
      outcome: "link",
      email,
      expiresAt,
      link,
      mailError: error instanceof Error ? error.message : String(error),
    };
  }
}

/** The invitation a link opens, while it is valid. */
export async function findInvitation(client: Db, token: string) {
  const row = await findUsableToken(client, token, "INVITATION");
  return row ? { email: row.email, role: row.role ?? "EDITOR", expiresAt: row.expiresAt } : null;
}

/** Open invitations, for the users page. */
export function listOpenInvitations(client: Db, now = new Date()) {
  return client.accountToken.findMany({
    where: { kind: "INVITATION", usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { email: true, role: true, expiresAt: true, createdAt: true },
  });
}

/**
 * Withdraws the open invitation of an address: its link is then refused as revoked. Returns false
 * when there was none (already used, expired or revoked).
 */
export async function revokeInvitation(client: Db, email: string, actorId: number, now = new Date()) {
  return client.$transaction(async (tx) => {
    const { count } = await tx.accountToken.updateMany({
      where: { email, kind: "INVITATION", usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { revokedAt: now },
    });
    if (count === 0) return false;
    await recordAudit(tx, {
      actorId,
      action: "user.invite-revoke",
      target: { type: "user", label: email },
      changes: { note: "Invito revocato: il link non è più valido." },
    });
    return true;
  });
}

/**
 * Creates the invited account with the password its owner chose (checked by the caller). The
 * link is used up in the same transaction that creates the account: a second use creates nothing.
 */
export async function acceptInvitation(client: Db, token: string, input: { name: string; password: string }) {
  const invitation = await findInvitation(client, token);
  if (!invitation)
    throw new InvalidLinkError((await isRevokedToken(client, token, "INVITATION")) ? REVOKED_INVITATION : undefined);
  const passwordHash = await hashPassword(input.password);
  return client.$transaction(async (tx) => {
    if (!(await consumeToken(tx, token, "INVITATION"))) throw new InvalidLinkError();
    if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } }))
      throw new DuplicateEmailError(invitation.email);
    const created = await tx.user.create({
      data: { email: invitation.email, name: input.name, role: invitation.role, passwordHash },
      select: { id: true, email: true, role: true },
    });
    await recordAudit(tx, {
      actorId: created.id,
      action: "user.create",
      target: { type: "user", id: created.id, label: `${input.name} <${created.email}>` },
      changes: { note: `Account attivato dall'invito; ruolo: ${ROLE_NAMES[created.role].toLowerCase()}.` },
    });
    return created;
  });
}
