import { z } from "zod";
import { emailField, newUserSchema, passwordField, roleField } from "@/lib/users/user-input";

export type UserField = "email" | "name" | "role" | "password" | "confirm";

export type UserFormState = {
  message?: string;
  /** The change was saved: `message` confirms it. */
  ok?: boolean;
  errors?: Partial<Record<UserField, string[]>>;
  /** What was typed, so a refused form is not emptied (passwords are never sent back). */
  values?: { email?: string; name?: string; role?: string };
};

export type InviteFormState = {
  ok?: boolean;
  errors?: Partial<Record<"email" | "role", string[]>>;
  values?: { email?: string; role?: string };
  /** `link` only when it was not e-mailed: shown this once, never stored. */
  invitation?: { outcome: "sent" | "link"; email: string; expiresAt: string; link?: string; mailError?: string };
};

export const inviteSchema = z.object({ email: emailField, role: roleField });

const userId = z.coerce.number().int().positive();
const MISMATCH = { path: ["confirm"], message: "Le due password non coincidono." };

// The admin types the initial password once and it is never shown again: typing it twice
// catches the typo that would otherwise lock the new user out.
export const createUserSchema = newUserSchema
  .extend({ confirm: z.string() })
  .refine((input) => input.password === input.confirm, MISMATCH);

export const changeRoleSchema = z.object({ userId, role: roleField });

export const setActiveSchema = z.object({
  userId,
  active: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const resetPasswordSchema = z
  .object({ userId, password: passwordField, confirm: z.string() })
  .refine((input) => input.password === input.confirm, MISMATCH);

export const revokeInvitationSchema = z.object({ email: z.string().min(3).max(320) });

export type RevokeFormState = { ok?: boolean; message?: string };
