import { db } from "@/lib/db";

// A new sheet's code is proposed (editable): SCH-<year>-<next number>, the first free one after
// the highest of that year (in any case: codes are unique ignoring it). Two editors opening the form
// at once may be offered the same code: the second save is then refused next to the field with
// the next free code put in it, nothing is overwritten (lib/practices/actions.ts).

// The position is cast: sent untyped, Postgres reads `substring(text FROM text)`, a regular
// expression, and every proposal was the year's first code.
/** The year of a code in the proposed form (any case), or undefined for a code someone chose. */
export function proposedCodeYear(code: string) {
  const year = /^SCH-(\d{4})-[0-9]{1,6}$/i.exec(code)?.[1];
  return year === undefined ? undefined : Number(year);
}

export async function proposePracticeCode(year = new Date().getFullYear()) {
  const prefix = `SCH-${year}-`;
  const [row] = await db.$queryRaw<{ last: number | null }[]>`
    SELECT max(substring("code" FROM ${prefix.length + 1}::int)::int) AS last
    FROM "Practice" WHERE upper("code") ~ ${`^${prefix}[0-9]{1,6}$`}`;
  return `${prefix}${String((row?.last ?? 0) + 1).padStart(4, "0")}`;
}
