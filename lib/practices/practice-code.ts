import type { Prisma } from "@/lib/generated/prisma/client";
import { isUniqueViolation } from "@/lib/prisma-client";

// A sheet's code is unique ignoring case: «qaed-001» and «QAED-001» are one sheet, as the database
// guarantees (unique index on lower("code"), migration practice_code_ignoring_case). Codes are
// ASCII (practice-input.ts), so JavaScript's toLowerCase and Postgres's lower() agree.

/** The form of a code two codes share when they are the same sheet's. */
export const codeKey = (code: string) => code.toLowerCase();

/** The sheet whose code is this one ignoring case, with the code as the catalogue writes it. */
export async function practiceWithCode(
  client: Pick<Prisma.TransactionClient, "$queryRaw">,
  code: string,
): Promise<{ id: number; code: string } | null> {
  const [found] = await client.$queryRaw<{ id: number; code: string }[]>`
    SELECT "id", "code" FROM "Practice" WHERE lower("code") = ${codeKey(code)}`;
  return found ?? null;
}

export type CodeTaken = { outcome: "code-taken"; code: string };

/**
 * Thrown inside `create` when the save found a sheet under the code it had just checked free: one
 * created and committed between the check and the save (which would otherwise update it).
 */
export class CodeTakenMeanwhile extends Error {}

/**
 * Runs `create`, a transaction writing a new sheet under `code` after checking that the code is
 * free. Two people may pass that check at once; the unique index then refuses the second, or its
 * save finds the first's sheet (CodeTakenMeanwhile): told the code is taken when it is. A unique violation with the code still free is another name
 * chosen the same way at the same moment (the sheet's slug, or its new entity's, which the first
 * has just created): tried once more, when the second finds them taken and joins or numbers them.
 */
export async function createUnlessCodeTaken<T>(
  client: Pick<Prisma.TransactionClient, "$queryRaw">,
  code: string,
  create: () => Promise<T>,
): Promise<T | CodeTaken> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      if (!isUniqueViolation(error) && !(error instanceof CodeTakenMeanwhile)) throw error;
      const taken = await practiceWithCode(client, code);
      if (taken) return { outcome: "code-taken", code: taken.code };
      if (attempt === 2) throw error;
    }
  }
}
