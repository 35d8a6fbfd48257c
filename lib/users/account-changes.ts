import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

// Changes to existing accounts, inside the caller's transaction. Two rules keep the admin area
// reachable: nobody demotes or deactivates themself, and the last active admin stays one.

type Tx = Prisma.TransactionClient;

/** A change the rules refuse; the message is shown to the admin as it is. */
export class AccountRuleError extends Error {}

// Serialises every change that could remove an admin: without it, two admins demoting each
// other at the same moment would each still see the other and both succeed.
const ADMIN_CHANGE_LOCK = 72_040_101;

async function lockAndLoad(tx: Tx, userId: number) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADMIN_CHANGE_LOCK}::bigint)`;
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, role: true, active: true },
  });
  if (!user) throw new AccountRuleError("L'utente non esiste più.");
  return user;
}

async function requireAnotherActiveAdmin(tx: Tx, userId: number) {
  const others = await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: userId } } });
  if (others === 0)
    throw new AccountRuleError("Deve restare almeno un amministratore attivo: nomina prima un altro amministratore.");
}

// Same statement as lib/auth/session-store's deleteUserSessions, which takes the full client
// and so cannot join this transaction: the revocation must commit with the change.
async function revokeSessions(tx: Tx, userId: number, exceptSessionId?: string) {
  await tx.session.deleteMany({ where: { userId, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) } });
}

export async function changeUserRole(tx: Tx, actorId: number, userId: number, role: Role) {
  if (userId === actorId && role !== "ADMIN") {
    throw new AccountRuleError(
      "Non puoi togliere a te stesso il ruolo di amministratore: chiedilo a un altro amministratore.",
    );
  }
  const user = await lockAndLoad(tx, userId);
  if (user.role === role) return { user, changed: false };
  if (user.role === "ADMIN" && user.active) await requireAnotherActiveAdmin(tx, userId);
  await tx.user.update({ where: { id: userId }, data: { role } });
  // Signed in again, the user sees the area their new role allows, nothing cached from before.
  await revokeSessions(tx, userId);
  return { user, changed: true };
}

export async function setUserActive(tx: Tx, actorId: number, userId: number, active: boolean) {
  if (!active && userId === actorId)
    throw new AccountRuleError("Non puoi disattivare il tuo account: chiedilo a un altro amministratore.");
  const user = await lockAndLoad(tx, userId);
  if (user.active === active) return { user, changed: false };
  if (!active && user.role === "ADMIN") await requireAnotherActiveAdmin(tx, userId);
  await tx.user.update({ where: { id: userId }, data: { active } });
  if (!active) await revokeSessions(tx, userId);
  return { user, changed: true };
}

/**
 * Sets a new password (already hashed: hashing is slow, keep it out of the transaction) and
 * signs the account out everywhere, except the admin's own current session when they reset
 * their own password. A password someone else chose (`chosenByAdmin`) must be changed by its
 * owner at the next sign-in; one the owner chose clears that obligation.
 */
export async function setUserPassword(
  tx: Tx,
  userId: number,
  passwordHash: string,
  keepSessionId?: string,
  chosenByAdmin = false,
) {
  const { count } = await tx.user.updateMany({
    where: { id: userId },
    data: { passwordHash, mustChangePassword: chosenByAdmin },
  });
  if (count === 0) throw new AccountRuleError("L'utente non esiste più.");
  await revokeSessions(tx, userId, keepSessionId);
}
