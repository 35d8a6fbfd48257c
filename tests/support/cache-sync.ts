import { expect } from "vitest";
import PageCacheHandler from "@/lib/cache/page-cache-handler";
import { cacheSyncListening, cacheSyncStatus } from "@/lib/cache/sync-state";

/**
 * Starts this process's cache-tag sync (PostgreSQL LISTEN/NOTIFY, lib/cache/tag-sync.ts) as the
 * server's cache handler does, and waits until it listens.
 */
export async function listenForInvalidations() {
  new PageCacheHandler({ maxMemoryCacheSize: 1024 * 1024, revalidatedTags: [], _requestHeaders: {} } as never);
  for (let waited = 0; !cacheSyncListening() && waited < 10_000; waited += 50)
    await new Promise((resolve) => setTimeout(resolve, 50));
  expect(cacheSyncStatus()).toBe("in ascolto");
  await new Promise((resolve) => setTimeout(resolve, 5)); // past the sync's start, which counts as a flush
}
