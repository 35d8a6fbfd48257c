import { invalidate } from "@/lib/cache/tag-sync";
import { TAGS } from "@/lib/cache-tags";
import { publishDueDrafts } from "@/lib/practices/publish";
import { refreshSearchWords } from "@/lib/practices/search-words";
import { backgroundDb } from "@/lib/background-db";

// Scheduled publications (Practice.publishAt), started once per server process by
// instrumentation.ts: every process of every instance looks for due drafts every minute (an
// indexed query on publishAt); publishDueDrafts locks each row it publishes and skips rows another
// process holds, so a draft is published once, within about a minute of its time, as long as any
// process runs. Its invalidations reach every process through the cache tag sync (NOTIFY), like
// revalidateTag's, which needs a request and cannot be called from a timer.

const EVERY_MS = 60_000;

const globalForPublishing = globalThis as unknown as { publishing?: { timer: NodeJS.Timeout } };

export function startScheduledPublishing() {
  if (globalForPublishing.publishing) return;
  const state: { timer: NodeJS.Timeout } = { timer: setTimeout(run, EVERY_MS) };
  state.timer.unref();
  globalForPublishing.publishing = state;

  async function run() {
    try {
      const published = await publishDueDrafts(backgroundDb());
      if (published.length > 0) {
        await invalidate([TAGS.practices, ...published.map((sheet) => TAGS.practice(sheet.slug))], { expire: 0 });
        await refreshSearchWords(backgroundDb());
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
