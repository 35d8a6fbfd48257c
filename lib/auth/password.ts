import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { withHashSlot } from "./hash-slots";

// scrypt from node:crypto (memory-hard, no native dependency) at OWASP's recommended cost:
// N=2^17, r=8, p=1 — 128 MiB and about a third of a second per hash on our 2-core machines.
// The parameters are stored with each hash so they can be raised later without breaking logins.

const PARAMS = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 64;

// A fixed hash to verify against when the account does not exist, so that timing does not
// reveal which e-mail addresses have accounts.
const DUMMY_HASH =
  "scrypt$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==";

/** How long a hash takes in this process lately (a moving average), null before the first. */
let typicalHashMs: number | null = null;

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }, first = false) {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  return withHashSlot(
    () =>
      new Promise<Buffer>((resolve, reject) => {
        const started = performance.now();
        scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, options, (error, key) => {
          const took = performance.now() - started;
          typicalHashMs = typicalHashMs === null ? took : 0.8 * typicalHashMs + 0.2 * took;
          return error ? reject(error) : resolve(key);
        });
      }),
    { first },
  );
}

export async function hashPassword(password: string) {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString("base64")}$${key.toString("base64")}`;
}

/** `first`: the sign-in comes from a browser known to the account (lib/auth/hash-slots.ts). */
export async function verifyPassword(password: string, stored: string, { first = false } = {}) {
  const [scheme, n, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !key) return false;
  const expected = Buffer.from(key, "base64");
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  const actual = await derive(password, Buffer.from(salt, "base64"), params, first);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * The check of a password for an e-mail without an account: it waits for a slot and takes as long
 * as a hash lately took here, so its timing tells nothing, but it spends no CPU or memory — a
 * stream of made-up e-mails used to cost a third of a second of CPU and 128 MiB each. The first
 * one in a process hashes for real, to know how long that takes.
 */
export async function verifyNoAccount() {
  const typical = typicalHashMs;
  if (typical === null) return verifyPassword("", DUMMY_HASH);
  await withHashSlot(() => new Promise((resolve) => setTimeout(resolve, typical)));
  return false;
}
