import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/prisma-client";

/**
 * Rebuilds the dictionary of words that typo correction matches against (SearchWord, trigram
 * indexed): every distinct unaccented word of 3+ letters in published sheets, and the words of the
 * synonym list's phrases ("badnte" is corrected to "badante", which the synonyms then expand). Call after any
 * write that changes published text (seed, import, edit) has committed, never inside its
 * transaction: it rereads committed text only, and takes seconds over a large catalogue. Server
 * actions schedule it with `after()` (lib/practices/search-words-after.ts), so no save waits.
 *
 * Calls while a rebuild runs in this process share one more rebuild after it (it may have read
 * the text before their write); rebuilds of different processes take turns on an advisory lock.
 */
export function refreshSearchWords(client: Db): Promise<void> {
  const state = (globalForRebuild.searchWordsRebuild ??= {});
  if (state.queued) return state.queued;
  if (!state.running) return start(client, state);
  state.queued = state.running
    .catch(() => {})
    .then(() => {
      state.queued = undefined;
      return start(client, state);
    });
  return state.queued;
}

type RebuildState = { running?: Promise<void>; queued?: Promise<void> };
const globalForRebuild = globalThis as unknown as { searchWordsRebuild?: RebuildState };
const REBUILD_LOCK_KEY = 4_242_002;

/** The synonym phrases' words (stored normalised: lowercase, unaccented, one space apart). */
const SYNONYM_WORDS = Prisma.sql`
  INSERT INTO "SearchWord" ("word")
  SELECT DISTINCT w FROM "SearchSynonym" s, unnest(s."phrases") AS p, regexp_split_to_table(p, ' ') AS w
  WHERE length(w) >= 3 AND w !~ '^[0-9]+$'
  ON CONFLICT DO NOTHING`;

function start(client: Db, state: RebuildState) {
  const running = rebuild(client).finally(() => {
    if (state.running === running) state.running = undefined;
  });
  state.running = running;
  return running;
}

async function rebuild(client: Db) {
  // Minutes, not Prisma's default 5 s: over tens of thousands of sheets on a busy machine the
  // rebuild takes longer, and a timeout here would fail a command whose import already committed.
  await client.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${REBUILD_LOCK_KEY})`;
      await tx.$executeRaw`DELETE FROM "SearchWord"`;
      await tx.$executeRaw`
      INSERT INTO "SearchWord" ("word")
      SELECT word FROM ts_stat($$
        SELECT to_tsvector('simple', unaccent(concat_ws(' ', "title", "summary", "description", "innovation", "searchExtra")))
        FROM "Practice" WHERE "status" = 'PUBLISHED'
      $$)
      WHERE length(word) >= 3 AND word !~ '^[0-9]+$'
      ON CONFLICT DO NOTHING`;
      await tx.$executeRaw(SYNONYM_WORDS);
    },
    { timeout: 120_000, maxWait: 30_000 },
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
