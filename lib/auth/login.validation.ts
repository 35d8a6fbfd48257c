import { z } from "zod";
import { emailField } from "@/lib/users/email-field";

export const loginSchema = z.object({
  email: emailField,
  password: z.string().min(1, "Inserisci la password.").max(200, "Password troppo lunga."),
  next: z.string().max(2000).optional().catch(undefined),
});

export type LoginState = { message?: string; errors?: { email?: string[]; password?: string[] }; email?: string };
