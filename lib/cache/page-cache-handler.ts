// Next's page cache (next.config cacheHandler, the documented interface for prerendered and
// regenerated pages and route handler responses): entries in a byte-bounded LRU in this process,
// never written to disk, answered as a miss once one of their tags was invalidated after they were
// stored — here or, through tag-sync.ts, in any other process.
//
// Nothing is read from the build's files either: each process renders a page the first time it
// is asked for it, so a restarted instance never serves a page older than the last edit, and
// addresses of sheets that do not exist cannot fill the disk with 404 copies.
// Types only (erased when Node strips them): Next's own declaration of the cacheHandler interface.
import type {
  CacheHandler,
  CacheHandlerContext,
  CacheHandlerValue,
} from "next/dist/server/lib/incremental-cache/index.js";
import { LRUCache } from "lru-cache";
import { invalidate, isExpired, isStale, startTagSync, type TagDurations } from "./tag-sync.ts";

type Value = CacheHandlerValue["value"];
type Entry = CacheHandlerValue & { tags: string[] };
type GetContext = Parameters<CacheHandler["get"]>[1];
type SetContext = Parameters<CacheHandler["set"]>[2];

// The tags Next gives a rendered page or route response travel in this header of the entry.
const TAGS_HEADER = "x-next-cache-tags";
const DEFAULT_BUDGET = 50 * 1024 * 1024; // Next's own default for cacheMaxMemorySize

// null when cacheMaxMemorySize is 0: nothing is kept.
let entries: LRUCache<string, Entry> | null | undefined;

// When the render that will store a key began: the miss (or the due time-based regeneration) that
// started it. An entry is dated from there, not from when it is stored: a render that read the
// database before an invalidation and finished after it would otherwise count as newer than the
// change and be served until the next one. A record older than any render is a leftover.
const RENDER_BOUND_MS = 60_000;
const renderStarts = new LRUCache<string, number>({ max: 10_000, ttl: RENDER_BOUND_MS });

function noteRenderStart(key: string) {
  if (!renderStarts.has(key)) renderStarts.set(key, Date.now());
}

function takeRenderStart(key: string) {
  const startedAt = renderStarts.get(key);
  renderStarts.delete(key);
  return Math.min(startedAt ?? Date.now(), Date.now());
}

/** Next creates a handler per request; the entries belong to the process. */
export default class PageCacheHandler implements CacheHandler {
  constructor(context: CacheHandlerContext) {
    if (entries === undefined) {
      const budget = context.maxMemoryCacheSize ?? DEFAULT_BUDGET;
      entries =
        budget > 0
          ? new LRUCache<string, Entry>({
              maxSize: budget,
              sizeCalculation: (entry, key) => Math.max(1, key.length + sizeOf(entry.value)),
            })
          : null;
    }
    startTagSync();
  }

  async get(key: string, context: GetContext): Promise<CacheHandlerValue | null> {
    const entry = entries?.get(key);
    if (!entry) {
      noteRenderStart(key);
      return null;
    }
    // A fetch's entry is also tagged with the implicit tags of the page asking for it.
    const tags =
      "softTags" in context ? [...entry.tags, ...(context.tags ?? []), ...(context.softTags ?? [])] : entry.tags;
    // Stale counts as expired: the interface has no "serve, then regenerate" answer, and a page
    // older than a known change is not served.
    if (isExpired(tags, entry.lastModified) || isStale(tags, entry.lastModified)) {
      entries?.delete(key);
      noteRenderStart(key);
      return null;
    }
    const revalidate = entry.cacheControl?.revalidate;
    if (typeof revalidate === "number" && entry.lastModified + revalidate * 1000 <= Date.now()) noteRenderStart(key);
    return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
  }

  async set(key: string, value: Value, context: SetContext) {
    if (!entries) return;
    // Not-found pages are not kept: addresses that do not exist (a crawler, a typo) would evict
    // the real pages, and each is asked for rarely. They are rendered again each time.
    if (value && "status" in value && value.status === 404) {
      takeRenderStart(key);
      return;
    }
    const cacheControl = "cacheControl" in context ? context.cacheControl : undefined;
    entries.set(key, {
      lastModified: takeRenderStart(key),
      value: ownBytes(value),
      cacheControl,
      tags: tagsOf(value, context),
    });
  }

  async revalidateTag(tags: string | string[], durations?: TagDurations) {
    await invalidate(typeof tags === "string" ? [tags] : tags, durations);
  }

  resetRequestCache() {}
}

function tagsOf(value: Value, context: SetContext) {
  if ("fetchCache" in context && context.fetchCache) return context.tags ?? [];
  const header = value && "headers" in value ? value.headers?.[TAGS_HEADER] : undefined;
  return typeof header === "string" ? header.split(",").filter(Boolean) : [];
}

/**
 * The page's bytes copied into buffers of their own size. Next hands over small views of larger
 * buffers (a 2 KB segment kept a 64 KB block alive): kept as they are, the entries held several
 * times the bytes the budget counts.
 */
function ownBytes(value: Value): Value {
  if (!value) return value;
  if ("body" in value && Buffer.isBuffer(value.body)) return { ...value, body: copy(value.body) };
  if (!("rscData" in value)) return value;
  const segmentData = value.segmentData && new Map([...value.segmentData].map(([path, bytes]) => [path, copy(bytes)]));
  return { ...value, rscData: value.rscData && copy(value.rscData), segmentData };
}

function copy(bytes: Buffer) {
  // allocUnsafeSlow: never a slice of Node's shared pool.
  const own = Buffer.allocUnsafeSlow(bytes.length);
  bytes.copy(own);
  return own;
}

function sizeOf(value: Value): number {
  if (!value) return 25;
  if ("body" in value) return value.body.length;
  if (!("html" in value)) return JSON.stringify(value).length;
  let size = value.html.length;
  if ("pageData" in value) return size + JSON.stringify(value.pageData).length;
  size += (value.rscData?.length ?? 0) + (value.postponed?.length ?? 0);
  for (const [path, buffer] of value.segmentData ?? []) size += path.length + buffer.length;
  return size;
}
