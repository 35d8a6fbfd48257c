import { z } from "zod";
import { passwordProblem } from "@/lib/auth/password";

export { ROLE_NAMES, ROLES } from "./roles";

export const emailField = z.string().trim().toLowerCase().pipe(z.email("Inserisci un indirizzo e-mail valido."));

export const passwordField = z.string().superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const roleField = z.enum(["EDITOR", "ADMIN"], { error: "Scegli un ruolo." });

export const newUserSchema = z.object({
  email: emailField,
  name: z.string().trim().min(2, "Indica nome e cognome.").max(120, "Al massimo 120 caratteri."),
  password: passwordField,
  role: roleField,
});

export type NewUser = z.infer<typeof newUserSchema>;
