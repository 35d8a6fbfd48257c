"use server";

import { redirect } from "next/navigation";
import { recordAudit } from "@/lib/audit/record";
import { adminAction } from "@/lib/auth/admin-action";
import { ownPasswordSchema, type OwnPasswordState } from "@/lib/auth/account.validation";
import { HashingBusyError } from "@/lib/auth/hash-slots";
import { hashPassword } from "@/lib/auth/password";
import { hashToken } from "@/lib/auth/session-store";
import { setUserPassword } from "@/lib/users/account-changes";
import { loginSchema, type LoginState } from "@/lib/auth/login.validation";
import { resolveNextPath } from "@/lib/auth/next-path";
import { retryAfterText } from "@/lib/auth/rate-limit";
import { createSession, deleteSession, endSession } from "@/lib/auth/session-store";
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
const BUSY = "Troppi accessi in corso in questo momento: riprova tra qualche secondo.";
const throttled = (retryAfterMs: number) =>
  `Troppi tentativi non riusciti. Riprova tra ${retryAfterText(retryAfterMs)}.`;

export async function login(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const typed = String(formData.get("email") ?? "").slice(0, 300);
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, email: typed };
  const { email, password, next } = parsed.data;
  const ip = await clientAddress();

  const check = await checkPassword(db, email, password, ip);
  switch (check.outcome) {
    case "throttled":
      return { message: throttled(check.retryAfterMs), email };
    case "busy":
      return { message: BUSY, email };
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
  if (token) await endSession(db, token);
  await clearSessionCookie();
  redirect("/admin/login?uscito=1");
}

/**
 * Any signed-in user changes their own password. The current one is checked under the same
 * limits as a sign-in (a stolen session cannot guess it freely); the user's other sessions end.
 */
export const changeOwnPasswordAction = adminAction(
  "EDITOR",
  async (user, _previous: OwnPasswordState, formData: FormData): Promise<OwnPasswordState> => {
    const parsed = ownPasswordSchema([user.email, user.name]).safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors };
    const { current, password } = parsed.data;

    const check = await checkPassword(db, user.email, current, await clientAddress());
    if (check.outcome === "busy") return { message: BUSY };
    if (check.outcome === "throttled") {
      return {
        errors: { current: [throttled(check.retryAfterMs)] },
      };
    }
    if (check.outcome !== "ok" || check.user.id !== user.id) {
      return { errors: { current: ["La password attuale non è corretta."] } };
    }

    let passwordHash: string;
    try {
      passwordHash = await hashPassword(password);
    } catch (error) {
      if (error instanceof HashingBusyError) return { message: BUSY };
      throw error;
    }
    const token = await readSessionCookie();
    await db.$transaction(async (tx) => {
      await setUserPassword(tx, user.id, passwordHash, token ? hashToken(token) : undefined);
      await recordAudit(tx, {
        actorId: user.id,
        action: "user.password",
        target: { type: "user", id: user.id, label: user.name },
        changes: { note: "Password cambiata dal titolare; altre sessioni chiuse." },
      });
    });
    return { ok: true, message: "Password cambiata. Le tue altre sessioni sono state chiuse; questa resta aperta." };
  },
);
