import type { Db } from "@/lib/prisma-client";

/**
 * Rebuilds the dictionary of words that typo correction matches against (SearchWord, trigram
 * indexed): every distinct unaccented word of 3+ letters in published sheets. Call after any
 * write that changes published text (seed, import, edit).
 */
export async function refreshSearchWords(client: Db) {
  await client.$transaction([
    client.$executeRaw`DELETE FROM "SearchWord"`,
    client.$executeRaw`
      INSERT INTO "SearchWord" ("word")
      SELECT word FROM ts_stat($$
        SELECT to_tsvector('simple', unaccent(concat_ws(' ', "title", "summary", "description", "innovation", "searchExtra")))
        FROM "Practice" WHERE "status" = 'PUBLISHED'
      $$)
      WHERE length(word) >= 3 AND word !~ '^[0-9]+$'
      ON CONFLICT DO NOTHING`,
  ]);
}

/** Lowercase, unaccented words of a query, as the SearchWord dictionary stores them. */
export function searchWords(q: string) {
  return q
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}
