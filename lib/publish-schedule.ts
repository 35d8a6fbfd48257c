import { invalidate } from "@/lib/cache/tag-sync";
import { TAGS } from "@/lib/cache-tags";
import { env } from "@/lib/env";
import { publishDueDrafts } from "@/lib/practices/publish";
import { refreshSearchWords } from "@/lib/practices/search-words";
import { createPrismaClient, type Db } from "@/lib/prisma-client";

// Scheduled publications (Practice.publishAt), started once per server process by
// instrumentation.ts: every process of every instance looks for due drafts every minute (an
// indexed query on publishAt); publishDueDrafts locks each row it publishes and skips rows another
// process holds, so a draft is published once, within about a minute of its time, as long as any
// process runs. Its invalidations reach every process through the cache tag sync (NOTIFY), like
// revalidateTag's, which needs a request and cannot be called from a timer.

const EVERY_MS = 60_000;

const globalForPublishing = globalThis as unknown as { publishing?: { timer: NodeJS.Timeout; db?: Db } };

export function startScheduledPublishing() {
  if (globalForPublishing.publishing) return;
  const state: { timer: NodeJS.Timeout; db?: Db } = { timer: setTimeout(run, EVERY_MS) };
  state.timer.unref();
  globalForPublishing.publishing = state;

  async function run() {
    try {
      state.db ??= createPrismaClient(env().DATABASE_URL, 1);
      const published = await publishDueDrafts(state.db);
      if (published.length > 0) {
        await invalidate([TAGS.practices, ...published.map((sheet) => TAGS.practice(sheet.slug))], { expire: 0 });
        await refreshSearchWords(state.db);
        console.log(`Pubblicazione programmata: ${published.length} schede pubblicate.`);
      }
    } catch (error) {
      console.error("Pubblicazione programmata non riuscita:", error instanceof Error ? error.message : error);
    } finally {
      state.timer = setTimeout(run, EVERY_MS);
      state.timer.unref();
    }
  }
}
