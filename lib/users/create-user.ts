import { hashPassword } from "@/lib/auth/password";
import { isUniqueViolation, type Db } from "@/lib/prisma-client";
import type { NewUser } from "@/lib/users/user-input";

export class DuplicateEmailError extends Error {
  constructor(email: string) {
    super(`Esiste già un utente con l'e-mail ${email}.`);
  }
}

/** `mustChangePassword`: the password was chosen by someone else (admin:create). */
export async function createUser(client: Db, user: NewUser, options: { mustChangePassword?: boolean } = {}) {
  if (await client.user.findUnique({ where: { email: user.email }, select: { id: true } }))
    throw new DuplicateEmailError(user.email);
  try {
    return await client.user.create({
      data: {
        email: user.email,
        name: user.name,
        role: user.role,
        passwordHash: await hashPassword(user.password),
        mustChangePassword: options.mustChangePassword ?? false,
      },
      select: { id: true, email: true, name: true, role: true },
    });
  } catch (error) {
    // Two admins creating the same address at once: the unique index decides.
    if (isUniqueViolation(error)) throw new DuplicateEmailError(user.email);
    throw error;
  }
}
