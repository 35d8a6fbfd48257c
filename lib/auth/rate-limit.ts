import type { Db } from "@/lib/prisma-client";

// Sign-in throttling, in Postgres so it holds across processes and instances.
//
// Every attempt is recorded *before* its password is checked, inside a short transaction that
// holds an advisory lock on the account (and one on the address): simultaneous attempts are
// counted one after the other, so forty at once cannot all slip under the limit.
//
// Instead of a hard lock-out, which would let anyone lock the owner out with a few wrong
// passwords, each scope has a number of free failures and then a delay that doubles with every
// further failure (30 s, 1 min, 2 min … at most 15 min), measured from the scope's last failure:
// - one account from one address (the owner's typos): 5 free;
// - one address, whatever the account (guessing across accounts): 20 free;
// - one account from addresses that never signed in to it (a guess spread over many
//   addresses): 50 free. An address the owner signed in from in the last 30 days is exempt.
// An attacker's failures slow the attacker's address down, not the owner's. The address is the
// one the production server resolved (lib/auth/client-address.ts); where none did (`next dev`),
// the account alone is the scope.
// A browser that signed in to the account before (its device token, lib/auth/device-token.ts) is
// a scope of its own instead, 5 free: however throttled the account or the address, its owner's
// browsers are not.

export const THROTTLE_WINDOW_MS = 60 * 60 * 1000;
export const KNOWN_ADDRESS_MS = 30 * 24 * 60 * 60 * 1000;
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * 60_000;

export const FREE_FAILURES = { pair: 5, address: 20, account: 50 } as const;

// Two-key advisory locks (class, key): their own space, apart from the one-key locks elsewhere.
const ACCOUNT_LOCK_CLASS = 72_040_201;
const ADDRESS_LOCK_CLASS = 72_040_202;

// Many attempts at once queue on the lock and for connections: longer than Prisma's defaults.
const TRANSACTION_WAIT = { maxWait: 10_000, timeout: 15_000 };

/** How long after a scope's last failure the next attempt must wait, given its failures. */
export function throttleDelayMs(failures: number, free: number) {
  if (failures < free) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - free), MAX_DELAY_MS);
}

export type Reservation = { ok: true; id: number } | { ok: false; retryAfterMs: number };

const failed = { OR: [{ success: false }, { success: null }] };

/** How an attempt from a known browser is recorded (in the address column, never an IP address). */
export const deviceSource = (device: string) => `dispositivo:${device}`;

/**
 * Records an attempt about to be checked, or says how long to wait when a scope is throttled.
 * `device`: the id of the browser's valid device token for this account, if any.
 */
export async function reserveAttempt(
  client: Db,
  email: string,
  ip: string | null,
  now = new Date(),
  device: string | null = null,
) {
  const address = device ? deviceSource(device) : (ip ?? "");
  const byAddress = device ? null : ip;
  return client.$transaction(async (tx): Promise<Reservation> => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ACCOUNT_LOCK_CLASS}::int, hashtext(${email}))`;
    if (byAddress)
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADDRESS_LOCK_CLASS}::int, hashtext(${byAddress}))`;
    const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
    const failures = (where: { email?: string; ip?: string | { not: string } }) =>
      tx.loginAttempt.aggregate({
        where: { ...where, ...failed, createdAt: { gte: since } },
        _count: { _all: true },
        _max: { createdAt: true },
      });
    const knownAddress = byAddress
      ? await tx.loginAttempt.findFirst({
          where: {
            email,
            ip: byAddress,
            success: true,
            createdAt: { gte: new Date(now.getTime() - KNOWN_ADDRESS_MS) },
          },
          select: { id: true },
        })
      : null;
    const scopes = await Promise.all([
      failures({ email, ip: address }).then((result) => ({ result, free: FREE_FAILURES.pair })),
      ...(byAddress ? [failures({ ip: byAddress }).then((result) => ({ result, free: FREE_FAILURES.address }))] : []),
      ...(byAddress && !knownAddress
        ? [failures({ email }).then((result) => ({ result, free: FREE_FAILURES.account }))]
        : []),
    ]);
    const allowedAt = Math.max(
      0,
      ...scopes.map(({ result, free }) => {
        const last = result._max.createdAt;
        return last ? last.getTime() + throttleDelayMs(result._count._all, free) : 0;
      }),
    );
    if (allowedAt > now.getTime()) return { ok: false, retryAfterMs: allowedAt - now.getTime() };
    const attempt = await tx.loginAttempt.create({
      data: { email, ip: address, success: null, createdAt: now },
      select: { id: true },
    });
    return { ok: true, id: attempt.id };
  }, TRANSACTION_WAIT);
}

/** The checked attempt's outcome; a success forgives the earlier failures of the same account and address. */
export async function finishAttempt(client: Db, id: number, success: boolean) {
  const attempt = await client.loginAttempt.update({ where: { id }, data: { success } });
  if (success) {
    await client.loginAttempt.deleteMany({ where: { email: attempt.email, ip: attempt.ip, success: false } });
  }
}

/** An attempt that was never checked (the server was too busy) does not count. */
export async function releaseAttempt(client: Db, id: number) {
  await client.loginAttempt.deleteMany({ where: { id } });
}

/** "Riprova tra 30 secondi" / "tra 4 minuti". */
export function retryAfterText(ms: number) {
  if (ms < 60_000) {
    const seconds = Math.max(1, Math.ceil(ms / 1000));
    return `${seconds} ${seconds === 1 ? "secondo" : "secondi"}`;
  }
  const minutes = Math.ceil(ms / 60_000);
  return `${minutes} ${minutes === 1 ? "minuto" : "minuti"}`;
}
