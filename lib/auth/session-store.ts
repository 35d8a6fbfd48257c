import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/prisma-client";

// Server-side sessions in Postgres: shared by every app instance, revocable at once. A session
// ends after 8 hours without activity, and 12 hours after sign-in whatever the activity
// (ASVS 3.3): a stolen token does not live for ever by being used.
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
const TOUCH_AFTER_MS = 5 * 60 * 1000;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createSession(
  client: Db,
  userId: number,
  meta: { userAgent?: string | null; ip?: string | null },
) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await client.session.create({
    data: { id: hashToken(token), userId, expiresAt, userAgent: meta.userAgent?.slice(0, 300), ip: meta.ip },
  });
  return { token, expiresAt };
}

/** The active user of a session token, sliding its expiry; null when unknown, expired or deactivated. */
export async function findSessionUser(client: Db, token: string) {
  const session = await client.session.findUnique({ where: { id: hashToken(token) }, include: { user: true } });
  if (!session) return null;
  const now = Date.now();
  const endsAt = session.createdAt.getTime() + SESSION_ABSOLUTE_MS;
  if (session.expiresAt.getTime() <= now || endsAt <= now || !session.user.active) {
    await client.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (now - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await client.session.update({
      where: { id: session.id },
      data: { lastSeenAt: new Date(now), expiresAt: new Date(Math.min(now + SESSION_TTL_MS, endsAt)) },
    });
  }
  const { passwordHash: _, ...user } = session.user;
  return user;
}

export async function deleteSession(client: Db, token: string) {
  await client.session.deleteMany({ where: { id: hashToken(token) } });
}

/** Sign-out: the session is deleted and the end recorded in the audit log, in one transaction. */
export async function endSession(client: Db, token: string) {
  await client.$transaction(async (tx) => {
    const ended = await tx.session.findUnique({
      where: { id: hashToken(token) },
      select: { id: true, createdAt: true, user: { select: { id: true, name: true } } },
    });
    if (!ended) return;
    await tx.session.deleteMany({ where: { id: ended.id } });
    await recordAudit(tx, {
      actorId: ended.user.id,
      action: "session.end",
      target: { type: "session", id: ended.user.id, label: ended.user.name },
      changes: { note: `Uscita; sessione aperta il ${ended.createdAt.toISOString()}.` },
    });
  });
}

export async function deleteUserSessions(client: Db, userId: number) {
  await client.session.deleteMany({ where: { userId } });
}
