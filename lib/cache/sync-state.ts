// The per-process state of tag-sync.ts, kept on globalThis: the cache handlers (loaded by Node)
// and the bundled routes (e.g. /api/health) each get their own copy of the modules, not of this.
export type TagTimes = { stale: number; expired: number };
export type SyncState = {
  tags: Map<string, TagTimes>;
  flushedAt: number;
  /** The latest expiry recorded for any tag. */
  latestExpired: number;
  listening: boolean;
  started: boolean;
  origin: string;
};

const key = Symbol.for("catalogo.cache-tag-sync");
const globals = globalThis as typeof globalThis & { [key]?: SyncState };

export function syncState(create: () => SyncState) {
  return (globals[key] ??= create());
}

/** For /api/health: whether this process hears other processes' invalidations. */
export function cacheSyncStatus() {
  const state = globals[key];
  if (!state?.started) return "non attiva";
  return state.listening ? "in ascolto" : "in riconnessione";
}

/** Whether this process hears other processes' invalidations now (kept copies may be served). */
export const cacheSyncListening = () => cacheSyncStatus() === "in ascolto";

/**
 * Whether `tag` was invalidated after `timestamp` (or everything was flushed), as tag-sync.ts
 * recorded it; false in a process where no cache handler runs (scripts, tests).
 */
export function invalidatedSince(tag: string, timestamp: number) {
  const state = globals[key];
  if (!state) return false;
  return state.flushedAt > timestamp || (state.tags.get(tag)?.expired ?? 0) > timestamp;
}

/** Whether any tag was invalidated after `timestamp` (or everything was flushed); false as above. */
export function anythingInvalidatedSince(timestamp: number) {
  const state = globals[key];
  if (!state) return false;
  return state.flushedAt > timestamp || state.latestExpired > timestamp;
}
