import { HashingBusyError } from "@/lib/auth/hash-slots";
import { verifyNoAccount, verifyPassword } from "@/lib/auth/password";
import { finishAttempt, releaseAttempt, reserveAttempt } from "@/lib/auth/rate-limit";
import type { Db } from "@/lib/prisma-client";

export type CheckedUser = {
  id: number;
  email: string;
  name: string;
  role: "EDITOR" | "ADMIN";
  mustChangePassword: boolean;
};

export type PasswordCheck =
  | { outcome: "ok"; user: CheckedUser }
  | { outcome: "wrong" }
  | { outcome: "inactive" }
  | { outcome: "throttled"; retryAfterMs: number }
  | { outcome: "busy" };

/**
 * Checks an e-mail and password under the sign-in limits (lib/auth/rate-limit.ts): the attempt
 * is recorded before the slow hash, its outcome after. Used by sign-in and by the password change.
 * `device`: the id of the browser's valid device token for this e-mail (lib/auth/device-token.ts).
 */
export async function checkPassword(
  client: Db,
  email: string,
  password: string,
  ip: string | null,
  device: string | null = null,
) {
  const reservation = await reserveAttempt(client, email, ip, new Date(), device);
  if (!reservation.ok) return { outcome: "throttled", retryAfterMs: reservation.retryAfterMs } as const;
  let success = false;
  let released = false;
  try {
    const user = await client.user.findUnique({
      where: { email },
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        active: true,
        passwordHash: true,
        mustChangePassword: true,
      },
    });
    const valid = user
      ? await verifyPassword(password, user.passwordHash, { first: device !== null })
      : await verifyNoAccount();
    success = Boolean(user && valid && user.active);
    if (!user || !valid) return { outcome: "wrong" } as const;
    if (!user.active) return { outcome: "inactive" } as const;
    const { id, name, role, mustChangePassword } = user;
    return { outcome: "ok", user: { id, email: user.email, name, role, mustChangePassword } } as const;
  } catch (error) {
    if (error instanceof HashingBusyError) {
      await releaseAttempt(client, reservation.id);
      released = true;
      return { outcome: "busy" } as const;
    }
    throw error;
  } finally {
    // An attempt that failed with an error stays a failure.
    if (!released) await finishAttempt(client, reservation.id, success);
  }
}
