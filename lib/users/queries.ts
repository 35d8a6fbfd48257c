import { listOpenInvitations } from "@/lib/accounts/invitations";
import { db } from "@/lib/db";

// Reads for the admin users pages: never cached, admins only (pages check the role).

export type UserRow = Awaited<ReturnType<typeof listUsers>>[number];

/**
 * Accounts with their last sign-in: the latest of their successful logins and their sessions'
 * last activity (sessions are deleted at sign-out, successful login attempts are kept).
 */
export async function listUsers(onlyId?: number) {
  const users = await db.user.findMany({
    where: onlyId === undefined ? {} : { id: onlyId },
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, email: true, name: true, role: true, active: true, createdAt: true },
  });
  const [sessions, logins] = await Promise.all([
    db.session.groupBy({
      by: ["userId"],
      where: { userId: { in: users.map((user) => user.id) } },
      _max: { lastSeenAt: true },
    }),
    db.loginAttempt.groupBy({
      by: ["email"],
      where: { success: true, email: { in: users.map((user) => user.email) } },
      _max: { createdAt: true },
    }),
  ]);
  const lastSeen = new Map(sessions.map((row) => [row.userId, row._max.lastSeenAt]));
  const lastLogin = new Map(logins.map((row) => [row.email, row._max.createdAt]));
  return users.map((user) => {
    const times = [lastSeen.get(user.id), lastLogin.get(user.email)].flatMap((time) => (time ? [time.getTime()] : []));
    return { ...user, lastSignIn: times.length ? new Date(Math.max(...times)) : null };
  });
}

export async function getUser(id: number): Promise<UserRow | null> {
  return (await listUsers(id))[0] ?? null;
}

/** Invitations not yet used nor expired. */
export function listInvitations() {
  return listOpenInvitations(db);
}
