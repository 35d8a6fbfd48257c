import type { Prisma } from "@/lib/generated/prisma/client";

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
