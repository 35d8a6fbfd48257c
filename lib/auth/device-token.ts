import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// A browser that has signed in to an account carries a device token for it (OWASP's "device
// cookies" against slow brute force): a random id signed with the site's secret for that e-mail.
// Its attempts are counted on their own (lib/auth/rate-limit.ts), so wrong passwords sent by
// anyone else, which throttle the account, never lock its owner out of a browser they used before.

const ID = /^[A-Za-z0-9_-]{22}$/;

const signature = (secret: string, email: string, id: string) =>
  createHmac("sha256", secret).update(`${email}\n${id}`).digest("base64url");

/** A new token for `email`. */
export function makeDeviceToken(secret: string, email: string) {
  const id = randomBytes(16).toString("base64url");
  return `${id}.${signature(secret, email, id)}`;
}

/** The token's id when it was made for `email` with `secret`; null otherwise. */
export function deviceIdFor(secret: string, email: string, token: string | undefined) {
  const [id, sent] = (token ?? "").split(".");
  if (!id || !sent || !ID.test(id)) return null;
  const expected = Buffer.from(signature(secret, email, id));
  const given = Buffer.from(sent);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}
