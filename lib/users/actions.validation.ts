import { z } from "zod";
import { newUserSchema, passwordField, roleField } from "@/lib/users/user-input";

export type UserField = "email" | "name" | "role" | "password" | "confirm";

export type UserFormState = {
  message?: string;
  /** The change was saved: `message` confirms it. */
  ok?: boolean;
  errors?: Partial<Record<UserField, string[]>>;
  /** What was typed, so a refused form is not emptied (passwords are never sent back). */
  values?: { email?: string; name?: string; role?: string };
};

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
