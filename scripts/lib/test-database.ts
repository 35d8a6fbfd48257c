import pg from "pg";
import path from "node:path";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres.ts";

const TEST_DATA_DIR = path.resolve(".data/postgres-test");

/**
 * A fresh, empty database for one test run, never the one `npm start` serves: with DATABASE_URL,
 * `<name>_test` on that same server (dropped and recreated); otherwise a separate embedded cluster.
 */
export async function openTestDatabase(): Promise<RunningPostgres> {
  const external = process.env.DATABASE_URL;
  if (!external) {
    const running = await startEmbeddedPostgres({ dataDir: TEST_DATA_DIR, database: "postgres" });
    const url = await recreateDatabase(running.url, "catalogo_test");
    return { ...running, url };
  }
  const url = await recreateDatabase(external, `${new URL(external).pathname.slice(1) || "catalogo"}_test`);
  return { url, port: Number(new URL(external).port || 5432), stop: async () => {} };
}

async function recreateDatabase(serverUrl: string, name: string) {
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`Nome di database di test non valido: ${name}`);
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } catch (error) {
    throw new Error(`Non riesco a creare il database di test "${name}" (serve il permesso CREATEDB): ${(error as Error).message}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
