import { z } from "zod";
import { passwordProblem } from "@/lib/auth/password-strength";
import { emailField } from "./email-field";

export { ROLE_NAMES, ROLES } from "./roles";

export { emailField };

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
