import { z } from "zod";
import { passwordFieldFor } from "@/lib/users/user-input";

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
