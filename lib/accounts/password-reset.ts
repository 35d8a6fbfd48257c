import { hashPassword } from "@/lib/auth/password";
import { finishAttempt, reserveAttempt } from "@/lib/auth/rate-limit";
import {
  consumeToken,
  createAccountToken,
  findUsableToken,
  InvalidLinkError,
  PASSWORD_RESET_TTL_MS,
} from "@/lib/accounts/tokens";
import { recordAudit } from "@/lib/audit/record";
import type { Mailer } from "@/lib/mail/mailer";
import { passwordResetMessage } from "@/lib/mail/messages";
import type { Db } from "@/lib/prisma-client";

// "Password dimenticata?": a link by e-mail, valid 30 minutes and once. The answer never says
// whether the address has an account, and the work that depends on it (lookup, token, e-mail)
// runs after the answer, so its timing says nothing either.

export const passwordResetLink = (siteUrl: string, token: string) => `${siteUrl}/admin/nuova-password/${token}`;

/**
 * Requests are counted with the sign-in attempts (lib/auth/rate-limit.ts), under their own key
 * per address: every request counts as a failure, so after 5 from one client (or the address's 20,
 * shared with sign-ins) each further one waits, 30 s doubling up to 15 minutes.
 */
export const resetThrottleKey = (email: string) => `reimposta:${email}`;

export type ResetRequest =
  { outcome: "accepted"; deliver: () => Promise<void> } | { outcome: "throttled"; retryAfterMs: number };

export async function requestPasswordReset(
  client: Db,
  email: string,
  ip: string | null,
  siteUrl: string,
  mailer: Mailer,
): Promise<ResetRequest> {
  const reservation = await reserveAttempt(client, resetThrottleKey(email), ip);
  if (!reservation.ok) return { outcome: "throttled", retryAfterMs: reservation.retryAfterMs };
  await finishAttempt(client, reservation.id, false);
  return { outcome: "accepted", deliver: () => sendResetLink(client, email, siteUrl, mailer) };
}

async function sendResetLink(client: Db, email: string, siteUrl: string, mailer: Mailer) {
  const user = await client.user.findUnique({ where: { email }, select: { id: true, active: true } });
  if (!user?.active) return;
  const { token, expiresAt } = await client.$transaction(async (tx) => {
    // Only the newest link works.
    await tx.accountToken.deleteMany({ where: { userId: user.id, kind: "PASSWORD_RESET", usedAt: null } });
    return createAccountToken(tx, { kind: "PASSWORD_RESET", email, userId: user.id, ttlMs: PASSWORD_RESET_TTL_MS });
  });
  await mailer.send(passwordResetMessage(email, passwordResetLink(siteUrl, token), expiresAt));
}

/** The account a reset link is for, while the link is valid. */
export async function findPasswordReset(client: Db, token: string) {
  const row = await findUsableToken(client, token, "PASSWORD_RESET");
  if (!row?.user?.active) return null;
  return { userId: row.user.id, email: row.user.email, name: row.user.name, expiresAt: row.expiresAt };
}

/**
 * Sets the password chosen through the link (checked by the caller), uses the link up and ends
 * every session of the account, in one transaction.
 */
export async function completePasswordReset(client: Db, token: string, password: string) {
  const reset = await findPasswordReset(client, token);
  if (!reset) throw new InvalidLinkError();
  const passwordHash = await hashPassword(password);
  await client.$transaction(async (tx) => {
    if (!(await consumeToken(tx, token, "PASSWORD_RESET"))) throw new InvalidLinkError();
    await tx.user.update({ where: { id: reset.userId }, data: { passwordHash, mustChangePassword: false } });
    await tx.session.deleteMany({ where: { userId: reset.userId } });
    await tx.accountToken.deleteMany({ where: { userId: reset.userId, kind: "PASSWORD_RESET", usedAt: null } });
    await recordAudit(tx, {
      actorId: reset.userId,
      action: "user.password",
      target: { type: "user", id: reset.userId, label: reset.name },
      changes: { note: "Password scelta con il link di recupero; sessioni chiuse." },
    });
  });
  return reset;
}
