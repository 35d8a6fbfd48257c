import "server-only";
import { cookies } from "next/headers";
import { deviceIdFor, makeDeviceToken } from "@/lib/auth/device-token";
import { db } from "@/lib/db";
import { cookieAttributes } from "@/lib/cookie-attributes";
import { siteSecret } from "@/lib/submissions/site-secret";

const COOKIE = "dispositivo_admin";
const MAX_AGE_S = 180 * 24 * 60 * 60;

/** The id of this browser's device token for `email`, when it has a valid one. */
export async function knownDevice(email: string) {
  const secret = await siteSecret(db, "device-token");
  return deviceIdFor(secret, email, (await cookies()).get(COOKIE)?.value);
}

/** After a successful sign-in: this browser is known for `email` from now on. */
export async function rememberDevice(email: string) {
  const secret = await siteSecret(db, "device-token");
  (await cookies()).set(COOKIE, makeDeviceToken(secret, email), { ...cookieAttributes("/admin"), maxAge: MAX_AGE_S });
}
