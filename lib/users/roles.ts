// Role labels, free of imports with runtime code: client forms import them without pulling zod
// and the password hashing into the browser bundle.
import type { Role } from "@/lib/generated/prisma/enums";

export const ROLES = [
  { value: "EDITOR", label: "Redattore (importa, modifica e pubblica schede)" },
  { value: "ADMIN", label: "Amministratore (anche utenti e vocabolari)" },
] as const;

export const ROLE_NAMES: Record<Role, string> = { EDITOR: "Redattore", ADMIN: "Amministratore" };
