import pg from "pg";
import type { ServerLimits } from "../../lib/server/connection-budget.ts";
import { findRunningEmbedded } from "./database.ts";

/**
 * The database the production server will use — DATABASE_URL, or else the embedded PostgreSQL
 * that `npm start` (or another command) is running — with its connection limits, read by the same
 * probe that proves it answers. Without one that answers, the process ends with the reason.
 */
export async function requireDatabase(): Promise<{ url: string; limits: ServerLimits }> {
  const url = process.env.DATABASE_URL || (await findEmbedded());
  if (!url) {
    return refuse(
      "Nessun database: imposta DATABASE_URL, oppure avvia il sito con `npm start`, che avvia anche il PostgreSQL integrato.",
    );
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    const { rows } = await client.query<ServerLimits>(`
      SELECT current_setting('max_connections')::int AS "maxConnections",
             current_setting('superuser_reserved_connections')::int
               + coalesce(current_setting('reserved_connections', true), '0')::int AS "reserved",
             (SELECT count(*)::int FROM pg_stat_activity WHERE backend_type = 'client backend') AS "inUse"`);
    const limits = rows[0];
    if (!limits) return refuse("Il database non ha risposto alla verifica delle connessioni: il server non parte.");
    return { url, limits };
  } catch (error) {
    return refuse(`Il database non risponde (${(error as Error).message}): il server non parte.`);
  } finally {
    await client.end().catch(() => {});
  }
}

async function findEmbedded() {
  try {
    return (await findRunningEmbedded())?.url;
  } catch (error) {
    return refuse((error as Error).message);
  }
}

function refuse(reason: string): never {
  console.error(reason);
  process.exit(1);
}
