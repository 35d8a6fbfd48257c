// The 'use cache' store (next.config cacheHandlers.default): entries in a byte-bounded LRU in this
// process, invalidations shared with every process through tag-sync.ts.
import type { CacheEntry, CacheHandler } from "next/cache";
import { LRUCache } from "lru-cache";
import { invalidate, isExpired, isStale, latestExpiration, startTagSync, type TagDurations } from "./tag-sync.ts";

type Stored = Omit<CacheEntry, "value"> & { value: Uint8Array };

// CACHE_MEMORY_MB (default 40) bounds this store; Next's page cache has its own bound
// (cacheMaxMemorySize in next.config.ts).
const budgetMb = Number(process.env.CACHE_MEMORY_MB) || 40;
const entries = new LRUCache<string, Stored>({
  maxSize: budgetMb * 1024 * 1024,
  // Keys (the function and its serialised arguments) and tags live on the heap: counted too.
  sizeCalculation: (entry, key) =>
    entry.value.byteLength + key.length + entry.tags.reduce((sum, tag) => sum + tag.length, 0) + 256,
});
const pending = new Map<string, Promise<void>>();

const streamOf = (bytes: Uint8Array) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });

startTagSync();

const handler: CacheHandler = {
  async get(cacheKey) {
    try {
      await pending.get(cacheKey);
      const entry = entries.get(cacheKey);
      if (!entry) return undefined;
      if (isExpired(entry.tags, entry.timestamp)) {
        entries.delete(cacheKey);
        return undefined;
      }
      const revalidate = isStale(entry.tags, entry.timestamp) ? -1 : entry.revalidate;
      return { ...entry, revalidate, value: streamOf(entry.value) };
    } catch (error) {
      console.error("Cache: lettura non riuscita", error);
      return undefined;
    }
  },

  async set(cacheKey, pendingEntry) {
    let settle = () => {};
    pending.set(cacheKey, new Promise<void>((resolve) => (settle = resolve)));
    try {
      const entry = await pendingEntry;
      const value = new Uint8Array(await new Response(entry.value).arrayBuffer());
      entries.set(cacheKey, { ...entry, value });
    } catch (error) {
      // An entry whose rendering failed is not kept: the next read renders it again.
      console.error("Cache: scrittura non riuscita", error);
    } finally {
      pending.delete(cacheKey);
      settle();
    }
  },

  async refreshTags() {
    // Invalidations arrive by NOTIFY as they happen; there is nothing to fetch per request.
  },

  async getExpiration(tags) {
    return latestExpiration(tags);
  },

  async updateTags(tags, durations?: TagDurations) {
    await invalidate(tags, durations);
  },
};

export default handler;
