import "server-only";
import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { SEARCH_POOL_SIZE, searchConnectionName } from "@/lib/server/connection-budget";

// The catalogue's text searches read through their indexes (see readWithIndexes in
// lib/practices/queries.ts): Postgres would otherwise scan the table and detoast every sheet's
// tsvector for a common word. This pool's sessions start with sequential scans discouraged, so a
// text read is one statement: through the app pool it was a transaction of four round trips
// (BEGIN, SET LOCAL, the query, COMMIT), and a listing request makes up to three such reads.
// Plain node-postgres: the reads are raw SQL already, and Prisma's layer only added its own cost.

const globalForSearch = globalThis as unknown as { searchPool?: pg.Pool };

function searchPool() {
  if (globalForSearch.searchPool) return globalForSearch.searchPool;
  const pool = new pg.Pool({
    connectionString: env().DATABASE_URL,
    max: SEARCH_POOL_SIZE,
    connectionTimeoutMillis: 10_000,
    application_name: searchConnectionName(),
    options: "-c enable_seqscan=off",
    // Scripts and tests that search end when their work does, without closing the pool.
    allowExitOnIdle: true,
  });
  // An idle connection the server closes (a restart, an administrator) is an 'error' event on the
  // pool; unheard, it is an uncaught exception, which Next logs and survives in an unplanned state.
  // Heard, the pool just drops that connection and opens another when asked.
  pool.on("error", (error) => console.error("Ricerca: connessione inattiva chiusa dal database", error.message));
  globalForSearch.searchPool = pool;
  return pool;
}

/** Runs a read of the listing's SQL (lib/practices/search-sql.ts) with sequential scans discouraged. */
export async function indexedRead<T>(query: Prisma.Sql): Promise<T> {
  const result = await searchPool().query(query.text, query.values);
  return result.rows as T;
}
