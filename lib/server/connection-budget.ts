// How many PostgreSQL connections the site may open, so that workers × connections per worker
// stays within what the server allows (README, Scaling). Each number is the `max` of a pool or
// a single client that every server worker (node:cluster) holds:
//   app pool (lib/db.ts)                       DATABASE_POOL_SIZE (default 5)
//   proxy's session lookups (proxy-session.ts) PROXY_POOL_SIZE
//   text searches (lib/search-db.ts)           SEARCH_POOL_SIZE
//   cache NOTIFY publisher (lib/cache/tag-sync.ts) 1
//   cache LISTEN connection (lib/cache/tag-sync.ts) 1
//   database probe (lib/database-gate.ts)      1, short-lived
// Imported by scripts/serve.ts under plain Node: relative imports only.

export const PROXY_POOL_SIZE = 3;
export const SEARCH_POOL_SIZE = 3;
/** How the proxy's connections are named in pg_stat_activity. */
export const proxyConnectionName = (pid = process.pid) => `catalogo-proxy ${pid}`;
/** How the search pool's connections are named in pg_stat_activity. */
export const searchConnectionName = (pid = process.pid) => `catalogo-search ${pid}`;
const CACHE_NOTIFY = 1;
const CACHE_LISTEN = 1;
const PROBE = 1;

export function connectionsPerWorker(appPoolSize: number) {
  return appPoolSize + PROXY_POOL_SIZE + SEARCH_POOL_SIZE + CACHE_NOTIFY + CACHE_LISTEN + PROBE;
}

export type ServerLimits = {
  maxConnections: number;
  /** superuser_reserved_connections + reserved_connections: slots ordinary roles cannot use. */
  reserved: number;
  /** Client connections open right now (other instances, scripts, this check). */
  inUse: number;
};

/** null when the workers fit; otherwise what is wrong, in Italian, and whether to refuse to start. */
export function checkConnectionBudget(workers: number, appPoolSize: number, limits: ServerLimits) {
  const perWorker = connectionsPerWorker(appPoolSize);
  const needed = workers * perWorker;
  const allowed = limits.maxConnections - limits.reserved;
  const formula =
    `${workers} ${workers === 1 ? "processo" : "processi"} × ${perWorker} connessioni ` +
    `(DATABASE_POOL_SIZE ${appPoolSize} + ${perWorker - appPoolSize} per sessioni, ricerche, cache e controllo) = ${needed}`;
  const fix = "Riduci WEB_CONCURRENCY o DATABASE_POOL_SIZE, oppure alza max_connections di PostgreSQL.";
  if (needed > allowed) {
    return {
      refuse: true,
      message: `Connessioni al database: ${formula}, oltre le ${allowed} che il server concede (max_connections ${limits.maxConnections} − ${limits.reserved} riservate). ${fix}`,
    };
  }
  // The check's own connection is among those in use.
  const others = Math.max(0, limits.inUse - 1);
  if (needed + others > allowed) {
    return {
      refuse: false,
      message: `Attenzione: ${formula}; con le ${others} già aperte da altri (altre istanze, script) si supererebbero le ${allowed} che il server concede. ${fix}`,
    };
  }
  return null;
}
