import { db } from "@/lib/db";

// A new sheet's code is proposed (editable): SCH-<year>-<next number>, the first free one after
// the highest of that year. Two editors opening the form at once may be offered the same code:
// the second save is then refused with "esiste già" next to the field, nothing is overwritten.

export async function proposePracticeCode(year = new Date().getFullYear()) {
  const prefix = `SCH-${year}-`;
  const [row] = await db.$queryRaw<{ last: number | null }[]>`
    SELECT max(substring("code" FROM ${prefix.length + 1})::int) AS last
    FROM "Practice" WHERE "code" ~ ${`^${prefix}[0-9]{1,6}$`}`;
  return `${prefix}${String((row?.last ?? 0) + 1).padStart(4, "0")}`;
}
