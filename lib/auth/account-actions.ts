"use server";

import { z } from "zod";
import { HashingBusyError } from "@/lib/auth/hash-slots";
import { hashPassword } from "@/lib/auth/password";
import { retryAfterText } from "@/lib/auth/rate-limit";
import { clientAddress, readSessionCookie, requireActionUser } from "@/lib/auth/session";
import { hashToken } from "@/lib/auth/session-store";
import { checkPassword } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { setUserPassword } from "@/lib/users/account-changes";
import { ownPasswordSchema, type OwnPasswordState } from "@/lib/auth/account.validation";

const BUSY = "Troppi accessi in corso in questo momento: riprova tra qualche secondo.";

/**
 * Any signed-in user changes their own password. The current one is checked under the same
 * limits as a sign-in (a stolen session cannot guess it freely); the user's other sessions end.
 */
export async function changeOwnPasswordAction(
  _previous: OwnPasswordState,
  formData: FormData,
): Promise<OwnPasswordState> {
  const user = await requireActionUser();
  const parsed = ownPasswordSchema([user.email, user.name]).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors };
  const { current, password } = parsed.data;

  const check = await checkPassword(db, user.email, current, await clientAddress());
  if (check.outcome === "busy") return { message: BUSY };
  if (check.outcome === "throttled") {
    return {
      errors: { current: [`Troppi tentativi non riusciti. Riprova tra ${retryAfterText(check.retryAfterMs)}.`] },
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
  await db.$transaction((tx) => setUserPassword(tx, user.id, passwordHash, token ? hashToken(token) : undefined));
  return { ok: true, message: "Password cambiata. Le tue altre sessioni sono state chiuse; questa resta aperta." };
}
