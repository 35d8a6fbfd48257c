// Cache invalidation shared by every server process and every instance. Each process keeps the
// time each cache tag was last invalidated; an invalidation made in one process is applied there
// at once and broadcast with PostgreSQL NOTIFY to the others, which LISTEN on a dedicated
// connection. Whenever that connection is (re)established, notifications may have been missed, so
// everything cached before that moment counts as expired. No table, no polling: the database the
// site already needs is the only shared piece.
//
// Both of Next's documented cache handlers obey these times: the 'use cache' handler
// (use-cache-handler.ts, next.config cacheHandlers) and the page cache handler
// (page-cache-handler.ts, next.config cacheHandler), which answer "miss" for an entry stored
// before one of its tags expired.
//
// Loaded by Node itself (not bundled) through next.config's cache handlers: relative imports with
// their extension, type-only syntax that Node can strip.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { syncState } from "./sync-state.ts";

export type TagDurations = { expire?: number };

export const CHANNEL = "catalogo_cache_tags";
const HEARTBEAT_MS = 15_000;
const RECONNECT_MAX_MS = 10_000;
const NOTIFY_BYTES = 7_000; // below NOTIFY's 8,000-byte payload limit

const shared = syncState(() => ({
  tags: new Map(),
  flushedAt: 0,
  latestExpired: 0,
  listening: false,
  started: false,
  origin: randomUUID(),
}));

// The times of at most this many tags are kept (every sheet ever edited has a tag, and other
// processes' messages can name any). The least recently invalidated one makes room; forgetting it
// counts as a flush of everything cached before its invalidation: an extra render, never a stale page.
export const MAX_TRACKED_TAGS = 10_000;

export function applyInvalidation(tags: string[], durations?: TagDurations, at = Date.now()) {
  for (const tag of tags) {
    const times = shared.tags.get(tag) ?? { stale: 0, expired: 0 };
    times.stale = Math.max(times.stale, at);
    times.expired = Math.max(times.expired, durations?.expire === undefined ? at : at + durations.expire * 1000);
    // Re-inserted, so that the map's order is the order of the latest invalidations.
    shared.tags.delete(tag);
    shared.tags.set(tag, times);
    shared.latestExpired = Math.max(shared.latestExpired, times.expired);
  }
  for (const [tag, times] of shared.tags) {
    if (shared.tags.size <= MAX_TRACKED_TAGS) break;
    shared.tags.delete(tag);
    shared.flushedAt = Math.max(shared.flushedAt, times.stale);
  }
}

function flushEverything() {
  shared.flushedAt = Date.now();
}

/** True when an entry written at `timestamp` must not be served any more. */
export function isExpired(tags: readonly string[], timestamp: number, now = Date.now()) {
  if (shared.flushedAt > timestamp) return true;
  return tags.some((tag) => {
    const expired = shared.tags.get(tag)?.expired ?? 0;
    return expired > timestamp && expired <= now;
  });
}

/** True when an entry may still be served but should be regenerated in the background. */
export function isStale(tags: readonly string[], timestamp: number) {
  return tags.some((tag) => (shared.tags.get(tag)?.stale ?? 0) > timestamp);
}

/** The latest invalidation among `tags` (what Next asks of a 'use cache' handler for soft tags). */
export function latestExpiration(tags: readonly string[]) {
  return Math.max(shared.flushedAt, ...tags.map((tag) => shared.tags.get(tag)?.expired ?? 0));
}

let publisher: pg.Pool | undefined;
// Next hands each revalidation to both cache handlers in the same tick: one NOTIFY per batch.
const outbox = new Map<string, { tags: Set<string>; sent: Promise<void> }>();

/** Applies an invalidation here and tells every other process; never throws. */
export async function invalidate(tags: string[], durations?: TagDurations) {
  applyInvalidation(tags, durations);
  const url = process.env.DATABASE_URL;
  if (!url || isBuildPhase() || tags.length === 0) return;
  const key = String(durations?.expire);
  let batch = outbox.get(key);
  if (!batch) {
    const pending = { tags: new Set<string>(), sent: Promise.resolve() };
    pending.sent = new Promise((resolve) => setImmediate(resolve)).then(() => {
      outbox.delete(key);
      return publish(url, [...pending.tags], durations);
    });
    outbox.set(key, (batch = pending));
  }
  for (const tag of tags) batch.tags.add(tag);
  await batch.sent;
}

/**
 * For command-line writes (an import): tells every process of every instance on the database at
 * `url` that these tags changed, as an edit in the admin area does; the sites' caches then answer
 * their next request from the database.
 */
export async function announceInvalidation(url: string, tags: string[], durations?: TagDurations) {
  await publish(url, tags, durations);
  await publisher?.end();
  publisher = undefined;
}

async function publish(url: string, tags: string[], durations?: TagDurations) {
  if (!publisher) {
    publisher = new pg.Pool({ connectionString: url, max: 1, idleTimeoutMillis: 10_000, allowExitOnIdle: true });
    // Unheard, an idle connection closed by the database (a restart) is an uncaught exception.
    publisher.on("error", (error) => console.error("Cache: connessione inattiva chiusa dal database", error.message));
  }
  try {
    for (const batch of payloads(tags, durations)) await publisher.query("SELECT pg_notify($1, $2)", [CHANNEL, batch]);
  } catch (error) {
    console.error("Cache: invalidazione non trasmessa agli altri processi", error);
  }
}

function* payloads(tags: string[], durations?: TagDurations) {
  let batch: string[] = [];
  const encode = (list: string[]) => JSON.stringify({ origin: shared.origin, tags: list, expire: durations?.expire });
  for (const tag of tags) {
    if (batch.length > 0 && Buffer.byteLength(encode([...batch, tag])) > NOTIFY_BYTES) {
      yield encode(batch);
      batch = [];
    }
    batch.push(tag);
  }
  if (batch.length > 0) yield encode(batch);
}

function receive(payload: string | undefined) {
  try {
    const message = JSON.parse(payload ?? "") as { origin?: string; tags?: unknown; expire?: unknown };
    if (message.origin === shared.origin || !Array.isArray(message.tags)) return;
    const tags = message.tags.filter((tag): tag is string => typeof tag === "string");
    // The receiving process's own clock: entries it wrote before hearing of the change are out.
    applyInvalidation(tags, typeof message.expire === "number" ? { expire: message.expire } : undefined);
  } catch {
    flushEverything();
  }
}

const isBuildPhase = () => process.env.NEXT_PHASE === "phase-production-build";

/** Starts the LISTEN connection once per process (not during `next build`). */
export function startTagSync() {
  const url = process.env.DATABASE_URL;
  if (shared.started || !url || isBuildPhase()) return;
  shared.started = true;
  let delay = 500;

  const connect = async () => {
    const client = new pg.Client({ connectionString: url, keepAlive: true, application_name: "catalogo-cache-sync" });
    let heartbeat: NodeJS.Timeout | undefined;
    let closed = false;
    const reconnect = () => {
      if (closed) return;
      closed = true;
      shared.listening = false;
      clearInterval(heartbeat);
      client.end().catch(() => {});
      setTimeout(connect, delay).unref();
      delay = Math.min(delay * 2, RECONNECT_MAX_MS);
    };
    client.on("error", reconnect);
    client.on("end", reconnect);
    client.on("notification", (message) => {
      if (message.channel === CHANNEL) receive(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      flushEverything();
      shared.listening = true;
      delay = 500;
      heartbeat = setInterval(() => {
        const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error("heartbeat")), 5_000).unref());
        Promise.race([client.query("SELECT 1"), timeout]).catch(reconnect);
      }, HEARTBEAT_MS);
      heartbeat.unref();
    } catch {
      reconnect();
    }
  };
  void connect();
}
