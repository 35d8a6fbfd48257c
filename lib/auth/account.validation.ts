import { z } from "zod";
import { emailField, passwordFieldFor } from "@/lib/users/user-input";

export type OwnPasswordState = {
  message?: string;
  ok?: boolean;
  errors?: Partial<Record<"current" | "password" | "confirm", string[]>>;
};

/** Changing one's own password: the current one first, then the new one twice. */
export const ownPasswordSchema = (personal: string[]) =>
  z
    .object({
      current: z.string().min(1, "Inserisci la password attuale.").max(200, "Password troppo lunga."),
      password: passwordFieldFor(personal),
      confirm: z.string(),
    })
    .refine((input) => input.password === input.confirm, {
      path: ["confirm"],
      message: "Le due password non coincidono.",
    })
    .refine((input) => input.password !== input.current, {
      path: ["password"],
      message: "La nuova password deve essere diversa da quella attuale.",
    });

export type LinkFormState = {
  message?: string;
  ok?: boolean;
  errors?: Partial<Record<"email" | "name" | "password" | "confirm", string[]>>;
  values?: { email?: string; name?: string };
};

const token = z.string().max(100);

export const resetRequestSchema = z.object({ email: emailField });

/** A password chosen through a link (reset): typed twice, not built from the account's own data. */
export const newPasswordSchema = (personal: string[]) =>
  z
    .object({ token, password: passwordFieldFor(personal), confirm: z.string() })
    .refine((input) => input.password === input.confirm, {
      path: ["confirm"],
      message: "Le due password non coincidono.",
    });

/** Accepting an invitation: the invitee's name and their own password. */
export const acceptInvitationSchema = (email: string, typedName: string) =>
  z
    .object({
      token,
      name: z.string().trim().min(2, "Indica nome e cognome.").max(120, "Al massimo 120 caratteri."),
      password: passwordFieldFor([email, typedName]),
      confirm: z.string(),
    })
    .refine((input) => input.password === input.confirm, {
      path: ["confirm"],
      message: "Le due password non coincidono.",
    });
