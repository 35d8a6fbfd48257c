import type { Db } from "@/lib/prisma-client";

// Failed sign-ins are counted in Postgres, so the limit holds across app instances.
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

/** Minutes until another attempt is allowed, or 0 when the account and address are not limited. */
export async function loginBlockedMinutes(client: Db, email: string, ip: string | null) {
  const since = new Date(Date.now() - LOGIN_WINDOW_MS);
  const failures = (where: { email: string } | { ip: string }) =>
    client.loginAttempt.findMany({
      where: { ...where, success: false, createdAt: { gte: since } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    });
  const [byAccount, byAddress] = await Promise.all([failures({ email }), ip ? failures({ ip }) : []]);
  // The failure that reached each limit; at(-n) is undefined while there are fewer than n.
  const blockers = [byAccount.at(-MAX_FAILURES_PER_ACCOUNT), byAddress.at(-MAX_FAILURES_PER_ADDRESS)].filter(
    (attempt) => attempt !== undefined,
  );
  if (blockers.length === 0) return 0;
  const until = Math.max(...blockers.map((attempt) => attempt.createdAt.getTime() + LOGIN_WINDOW_MS));
  return Math.max(1, Math.ceil((until - Date.now()) / 60_000));
}

export async function recordLoginAttempt(client: Db, email: string, ip: string | null, success: boolean) {
  await client.loginAttempt.create({ data: { email, ip: ip ?? "", success } });
  if (success) await client.loginAttempt.deleteMany({ where: { email, success: false } });
}
