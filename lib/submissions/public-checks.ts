import { db } from "@/lib/db";
import { checkChallenge } from "@/lib/submissions/challenge";
import { checkFormStamp, makeFormStamp } from "@/lib/submissions/form-stamp";
import { limitRefusal } from "@/lib/submissions/limits";
import { siteSecret } from "@/lib/submissions/site-secret";
import type { SubmitOutcome } from "@/lib/submissions/submit";

// The checks every public form runs before reading its fields: the honeypot, the form stamp
// (minimum fill time, age, signature; its token is the idempotency key and private link), and
// the proof-of-work challenge (absent without JavaScript: accepted, flagged for review).

export type PublicCheck =
  { ok: true; token: string; challengeId: string | null } | { ok: false; message: string; stamp?: string };

export async function checkPublicForm(formData: FormData): Promise<PublicCheck> {
  const secret = await siteSecret(db, "form-stamp");
  if (String(formData.get("sito_web") ?? "") !== "")
    return { ok: false, message: "La segnalazione non è stata accettata." };
  const stamp = checkFormStamp(secret, formData.get("modulo"));
  if (!stamp.ok) {
    if (stamp.reason === "too-fast") {
      return {
        ok: false,
        message: "Il modulo è stato inviato troppo in fretta: controlla i campi e invialo di nuovo.",
      };
    }
    return {
      ok: false,
      stamp: makeFormStamp(secret),
      message:
        stamp.reason === "expired"
          ? "Il modulo era aperto da più di un giorno: abbiamo tenuto quanto hai scritto, invialo di nuovo."
          : "Il modulo non è valido: abbiamo tenuto quanto hai scritto, invialo di nuovo.",
    };
  }
  const challenge = await checkChallenge(db, formData.get("altcha"));
  if (challenge.outcome === "refused") {
    return {
      ok: false,
      message: "La verifica automatica anti-abuso non è riuscita: attendi che si completi e invia di nuovo.",
    };
  }
  return { ok: true, token: stamp.token, challengeId: challenge.outcome === "solved" ? challenge.id : null };
}

/** Why the limits or a reused challenge refused a submission; null when it was written. */
export function refusal(outcome: SubmitOutcome): { message: string; retryAfter?: number } | null {
  if (outcome.outcome === "limited") return limitRefusal(outcome.scope);
  if (outcome.outcome === "challenge-reused")
    return { message: "La verifica automatica anti-abuso era già stata usata: invia di nuovo il modulo." };
  return null;
}
