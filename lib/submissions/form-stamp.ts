import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { FORM_MAX_AGE_MS, MIN_FILL_MS } from "@/lib/submissions/limits";

// The hidden stamp every rendering of the form carries: a fresh random token, the time the
// form was made, and the server's signature over both. The token becomes the submission's
// private status link and its idempotency key (a resent form finds its first submission);
// the time tells a person from a program that fills the form in under MIN_FILL_MS.

const sign = (secret: string, body: string) => createHmac("sha256", secret).update(body).digest("base64url");

export function makeFormStamp(secret: string, now = Date.now()) {
  const token = randomBytes(32).toString("base64url");
  const body = `${token}.${now}`;
  return `${body}.${sign(secret, body)}`;
}

export type StampCheck =
  { ok: true; token: string; issuedAt: number } | { ok: false; reason: "invalid" | "too-fast" | "expired" };

export function checkFormStamp(secret: string, stamp: unknown, now = Date.now()): StampCheck {
  if (typeof stamp !== "string" || stamp.length > 200) return { ok: false, reason: "invalid" };
  const [token, issued, signature] = stamp.split(".");
  if (!token || !issued || !signature || !/^[A-Za-z0-9_-]{43}$/.test(token) || !/^\d{13}$/.test(issued)) {
    return { ok: false, reason: "invalid" };
  }
  const expected = Buffer.from(sign(secret, `${token}.${issued}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "invalid" };
  const issuedAt = Number(issued);
  if (now - issuedAt < MIN_FILL_MS) return { ok: false, reason: "too-fast" };
  if (now - issuedAt > FORM_MAX_AGE_MS) return { ok: false, reason: "expired" };
  return { ok: true, token, issuedAt };
}
