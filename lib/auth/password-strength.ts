import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as italian from "@zxcvbn-ts/language-it";
import { PASSWORD_MIN_LENGTH as MIN_LENGTH } from "./password-policy";

// New passwords only: signing in never loads these lists (several MB to parse).
// ASVS 2.1.7: passwords known from breaches or simply common are refused, offline. zxcvbn-ts
// ships the lists (the common package's ~49,000 most used passwords, Italian common words, first
// names and surnames) and recognises them with the usual variations (case, digits or years appended,
// l33t, keyboard walks, dates, sequences). A password it can guess in fewer than 10^8 tries
// (score below 3) is refused.

const MIN_SCORE = 3;

let factory: ZxcvbnFactory | undefined;

function estimator() {
  // Italian Wikipedia's 45,000 words are left out: they made building the estimator (which
  // blocks the event loop) five times slower for little gain over the password list.
  const { commonWords, firstnames, lastnames } = italian.dictionary;
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, commonWords, firstnames, lastnames },
    graphs: common.adjacencyGraphs,
  });
  return factory;
}

const letters = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * An Italian message when the password is too weak, or null. `personal` are the account's own
 * e-mail and name, which a password must not be built from.
 */
export function passwordProblem(password: string, personal: string[] = []) {
  if (password.length < MIN_LENGTH) return `La password deve avere almeno ${MIN_LENGTH} caratteri.`;
  if (password.length > 200) return "La password è troppo lunga (al massimo 200 caratteri).";
  if (new Set(password).size < 5) return "La password è troppo ripetitiva.";
  return guessableReason(password, personal);
}

/** Why the password is easy to guess, in Italian, or null. */
function guessableReason(password: string, personal: string[] = []) {
  // The e-mail's name part and the full name, stripped of separators ("mario.rossi.2026").
  const own = personal.map((value) => letters(value.split("@")[0] ?? "")).filter((value) => value.length >= 4);
  if (own.some((value) => letters(password).includes(value))) {
    return "La password contiene il tuo nome o la tua e-mail: scegline una che non li usi.";
  }
  const inputs = personal.flatMap((value) => [value, ...value.toLowerCase().split(/[^\p{L}\p{N}]+/u)]);
  const result = estimator().check(
    password,
    inputs.filter((value) => value.length >= 3),
  );
  if (result.score >= MIN_SCORE) return null;
  return "Questa password è tra quelle più comuni o facili da indovinare: scegline una diversa, per esempio una frase di più parole.";
}
