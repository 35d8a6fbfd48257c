"use server";

import { redirect } from "next/navigation";
import { verifyPassword } from "@/lib/auth/password";
import { loginBlockedMinutes, recordLoginAttempt } from "@/lib/auth/rate-limit";
import { createSession, deleteSession } from "@/lib/auth/session-store";
import { loginSchema, safeNextPath, type LoginState } from "@/lib/auth/login.validation";
import {
  clearSessionCookie,
  clientAddress,
  clientUserAgent,
  readSessionCookie,
  setSessionCookie,
} from "@/lib/auth/session";
import { db } from "@/lib/db";

// A fixed hash to verify against when the account does not exist, so that timing does not
// reveal which e-mail addresses have accounts.
const DUMMY_HASH =
  "scrypt$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==";
const WRONG = "E-mail o password non corretti.";

export async function login(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { errors: parsed.error.flatten().fieldErrors, email: String(formData.get("email") ?? "") };
  }
  const { email, password, next } = parsed.data;
  const ip = await clientAddress();

  const blocked = await loginBlockedMinutes(db, email, ip);
  if (blocked) {
    return {
      message: `Troppi tentativi non riusciti. Riprova tra ${blocked} ${blocked === 1 ? "minuto" : "minuti"}.`,
      email,
    };
  }

  const user = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !valid || !user.active) {
    await recordLoginAttempt(db, email, ip, false);
    return { message: user && valid && !user.active ? "Questo account è disattivato." : WRONG, email };
  }
  await recordLoginAttempt(db, email, ip, true);

  // A new session on every sign-in: a token planted before login is worthless after it.
  const previous = await readSessionCookie();
  if (previous) await deleteSession(db, previous);
  const { token } = await createSession(db, user.id, { ip, userAgent: await clientUserAgent() });
  await setSessionCookie(token);
  redirect(safeNextPath(next));
}

export async function logout() {
  const token = await readSessionCookie();
  if (token) await deleteSession(db, token);
  await clearSessionCookie();
  redirect("/admin/login?uscito=1");
}
