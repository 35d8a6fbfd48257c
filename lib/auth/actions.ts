"use server";

import { redirect } from "next/navigation";
import { after } from "next/server";
import { acceptInvitation, findInvitation } from "@/lib/accounts/invitations";
import { completePasswordReset, findPasswordReset, requestPasswordReset } from "@/lib/accounts/password-reset";
import { InvalidLinkError } from "@/lib/accounts/tokens";
import { recordAudit } from "@/lib/audit/record";
import { adminAction } from "@/lib/auth/admin-action";
import {
  acceptInvitationSchema,
  newPasswordSchema,
  ownPasswordSchema,
  resetRequestSchema,
  type LinkFormState,
  type OwnPasswordState,
} from "@/lib/auth/account.validation";
import { knownDevice, rememberDevice } from "@/lib/auth/device-cookie";
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
  PASSWORD_CHANGE_PATH,
  readSessionCookie,
  setSessionCookie,
} from "@/lib/auth/session";
import { checkPassword } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { siteUrl } from "@/lib/env";
import { siteMailer } from "@/lib/mail/site-mailer";
import { DuplicateEmailError } from "@/lib/users/create-user";
import { publicFormAction } from "@/lib/forms/form-action";
import { z } from "zod";

const WRONG = "E-mail o password non corretti.";
const BUSY = "Troppi accessi in corso in questo momento: riprova tra qualche secondo.";
const throttled = (retryAfterMs: number) =>
  `Troppi tentativi non riusciti. Riprova tra ${retryAfterText(retryAfterMs)}.`;

export const login = publicFormAction(async (_previous: LoginState, formData: FormData): Promise<LoginState> => {
  const typed = String(formData.get("email") ?? "").slice(0, 300);
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, email: typed };
  const { email, password, next } = parsed.data;
  const ip = await clientAddress();

  const check = await checkPassword(db, email, password, ip, await knownDevice(email));
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
  await rememberDevice(email);
  redirect(check.user.mustChangePassword ? PASSWORD_CHANGE_PATH : resolveNextPath(next, siteUrl()));
});

export async function logout() {
  const token = await readSessionCookie();
  if (token) await endSession(db, token);
  await clearSessionCookie();
  redirect("/admin/login?uscito=1");
}

/**
 * Any signed-in user changes their own password. The current one is checked under the same
 * limits as a sign-in (a stolen session cannot guess it freely); the user's other sessions end.
 * It is also the one action open to a user who must replace a password an admin chose.
 */
export const changeOwnPasswordAction = adminAction(
  "EDITOR",
  async (user, _previous: OwnPasswordState, formData: FormData): Promise<OwnPasswordState> => {
    const parsed = ownPasswordSchema([user.email, user.name]).safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors };
    const { current, password } = parsed.data;

    const check = await checkPassword(db, user.email, current, await clientAddress(), await knownDevice(user.email));
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
    if (user.mustChangePassword) redirect("/admin/pratiche");
    return { ok: true, message: "Password cambiata. Le tue altre sessioni sono state chiuse; questa resta aperta." };
  },
  { pendingPasswordChange: true },
);

const RESET_ANSWER =
  "Se l'indirizzo corrisponde a un account attivo, riceverai a breve un'e-mail con un link per scegliere una nuova password (valido 30 minuti). Controlla anche la posta indesiderata.";
const NO_MAIL_ANSWER = "Il sito non può inviare e-mail: chiedi a un amministratore di impostarti una nuova password.";

/** "Password dimenticata?": public, same-origin (proxy.ts) and counted with the sign-in attempts. */
export const requestPasswordResetAction = publicFormAction(
  async (_previous: LinkFormState, formData: FormData): Promise<LinkFormState> => {
    const mailer = siteMailer();
    if (!mailer) return { message: NO_MAIL_ANSWER };
    const typed = String(formData.get("email") ?? "").slice(0, 300);
    const parsed = resetRequestSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values: { email: typed } };
    const request = await requestPasswordReset(db, parsed.data.email, await clientAddress(), siteUrl(), mailer);
    if (request.outcome === "throttled") {
      return {
        message: `Troppe richieste. Riprova tra ${retryAfterText(request.retryAfterMs)}.`,
        values: { email: typed },
      };
    }
    // After the answer: its timing must not tell whether the address has an account.
    after(() =>
      request
        .deliver()
        .catch((error: unknown) => console.error("Invio del link per la nuova password non riuscito:", error)),
    );
    return { ok: true, message: RESET_ANSWER };
  },
);

const INVALID_LINK = "Il link non è più valido: è già stato usato oppure è scaduto.";

/** The invitee chooses their name and password; the account exists from then on. */
export const acceptInvitationAction = publicFormAction(
  async (_previous: LinkFormState, formData: FormData): Promise<LinkFormState> => {
    const input = Object.fromEntries(formData);
    const values = { name: String(input.name ?? "").slice(0, 200) };
    const invitation = await findInvitation(db, String(input.token ?? "").slice(0, 100));
    if (!invitation) return { message: INVALID_LINK, values };
    const parsed = acceptInvitationSchema(invitation.email, values.name).safeParse(input);
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values };
    try {
      await acceptInvitation(db, parsed.data.token, { name: parsed.data.name, password: parsed.data.password });
    } catch (error) {
      if (error instanceof InvalidLinkError) return { message: INVALID_LINK, values };
      if (error instanceof DuplicateEmailError) return { message: error.message, values };
      if (error instanceof HashingBusyError) return { message: BUSY, values };
      throw error;
    }
    redirect("/admin/login?account=attivato");
  },
);

/** A new password through a reset link: every session of the account ends. */
export const completePasswordResetAction = publicFormAction(
  async (_previous: LinkFormState, formData: FormData): Promise<LinkFormState> => {
    const input = Object.fromEntries(formData);
    const reset = await findPasswordReset(db, String(input.token ?? "").slice(0, 100));
    if (!reset) return { message: INVALID_LINK };
    const parsed = newPasswordSchema([reset.email, reset.name]).safeParse(input);
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors };
    try {
      await completePasswordReset(db, parsed.data.token, parsed.data.password);
    } catch (error) {
      if (error instanceof InvalidLinkError) return { message: INVALID_LINK };
      if (error instanceof HashingBusyError) return { message: BUSY };
      throw error;
    }
    redirect("/admin/login?password=reimpostata");
  },
);
