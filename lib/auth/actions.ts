"use server";

import { redirect } from "next/navigation";
import { loginSchema, type LoginState } from "@/lib/auth/login.validation";
import { resolveNextPath } from "@/lib/auth/next-path";
import { retryAfterText } from "@/lib/auth/rate-limit";
import { createSession, deleteSession } from "@/lib/auth/session-store";
import {
  clearSessionCookie,
  clientAddress,
  clientUserAgent,
  readSessionCookie,
  setSessionCookie,
} from "@/lib/auth/session";
import { checkPassword } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { siteUrl } from "@/lib/env";
import { z } from "zod";

const WRONG = "E-mail o password non corretti.";

export async function login(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const typed = String(formData.get("email") ?? "").slice(0, 300);
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, email: typed };
  const { email, password, next } = parsed.data;
  const ip = await clientAddress();

  const check = await checkPassword(db, email, password, ip);
  switch (check.outcome) {
    case "throttled":
      return {
        message: `Troppi tentativi non riusciti. Riprova tra ${retryAfterText(check.retryAfterMs)}.`,
        email,
      };
    case "busy":
      return { message: "Troppi accessi in corso in questo momento: riprova tra qualche secondo.", email };
    case "inactive":
      return { message: "Questo account è disattivato.", email };
    case "wrong":
      return { message: WRONG, email };
  }

  // A new session on every sign-in: a token planted before login is worthless after it.
  const previous = await readSessionCookie();
  if (previous) await deleteSession(db, previous);
  const { token } = await createSession(db, check.user.id, { ip, userAgent: await clientUserAgent() });
  await setSessionCookie(token);
  redirect(resolveNextPath(next, siteUrl()));
}

export async function logout() {
  const token = await readSessionCookie();
  if (token) await deleteSession(db, token);
  await clearSessionCookie();
  redirect("/admin/login?uscito=1");
}
