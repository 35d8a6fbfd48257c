import { z } from "zod";

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Inserisci un indirizzo e-mail valido.")),
  password: z.string().min(1, "Inserisci la password.").max(200, "Password troppo lunga."),
  next: z.string().optional(),
});

export type LoginState = { message?: string; errors?: { email?: string[]; password?: string[] }; email?: string };

/** Only same-site admin paths are followed after sign-in (no open redirect). */
export function safeNextPath(next: string | undefined) {
  return next && /^\/admin(\/[A-Za-z0-9/_\-?=&%.]*)?$/.test(next) && !next.startsWith("//") ? next : "/admin/pratiche";
}
