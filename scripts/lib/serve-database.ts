import pg from "pg";
import { findRunningEmbedded } from "./database.ts";

/**
 * The database the production server will use: DATABASE_URL, or else the embedded PostgreSQL that
 * `npm start` (or another command) is running. Without one that answers, the process ends with
 * the reason.
 */
export async function requireDatabase(): Promise<string> {
  const url = process.env.DATABASE_URL || (await findEmbedded());
  if (!url) {
    return refuse(
      "Nessun database: imposta DATABASE_URL, oppure avvia il sito con `npm start`, che avvia anche il PostgreSQL integrato.",
    );
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    return refuse(`Il database non risponde (${(error as Error).message}): il server non parte.`);
  } finally {
    await client.end().catch(() => {});
  }
  return url;
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
