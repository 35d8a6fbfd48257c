import type { Db } from "@/lib/prisma-client";

/**
 * Rebuilds the dictionary of words that typo correction matches against (SearchWord, trigram
 * indexed): every distinct unaccented word of 3+ letters in published sheets. Call after any
 * write that changes published text (seed, import, edit).
 */
export async function refreshSearchWords(client: Db) {
  // Minutes, not Prisma's default 5 s: over tens of thousands of sheets on a busy machine the
  // rebuild takes longer, and a timeout here would fail a command whose import already committed.
  await client.$transaction(
    async (tx) => {
      await tx.$executeRaw`DELETE FROM "SearchWord"`;
      await tx.$executeRaw`
      INSERT INTO "SearchWord" ("word")
      SELECT word FROM ts_stat($$
        SELECT to_tsvector('simple', unaccent(concat_ws(' ', "title", "summary", "description", "innovation", "searchExtra")))
        FROM "Practice" WHERE "status" = 'PUBLISHED'
      $$)
      WHERE length(word) >= 3 AND word !~ '^[0-9]+$'
      ON CONFLICT DO NOTHING`;
    },
    { timeout: 120_000 },
  );
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
