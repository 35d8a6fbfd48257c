import { z } from "zod";
import { passwordProblem } from "@/lib/auth/password";
import { ROLES } from "./roles";

export { ROLE_NAMES, ROLES } from "./roles";

// 254 characters is the longest address SMTP carries; longer input is refused before any work.
export const emailField = z
  .string()
  .trim()
  .max(254, "L'indirizzo e-mail è troppo lungo (al massimo 254 caratteri).")
  .toLowerCase()
  .pipe(z.email("Inserisci un indirizzo e-mail valido."));

/** A new password; `personal` (the account's e-mail and name) must not make it guessable. */
export const passwordFieldFor = (personal: string[]) =>
  z.string().superRefine((value, ctx) => {
    const problem = passwordProblem(value, personal);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const passwordField = passwordFieldFor([]);

export const roleField = z.enum(["EDITOR", "ADMIN"], { error: "Scegli un ruolo." });

export const newUserSchema = z.object({
  email: emailField,
  name: z.string().trim().min(2, "Indica nome e cognome.").max(120, "Al massimo 120 caratteri."),
  password: passwordField,
  role: roleField,
});

export type NewUser = z.infer<typeof newUserSchema>;
