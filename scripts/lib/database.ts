import path from "node:path";
import { isPortFree, startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres.ts";
import { ensureDatabaseExists } from "./server-admin.ts";

export const EMBEDDED_DATA_DIR = path.resolve(".data/postgres");
export const EMBEDDED_DEV_PORT = 54329;
export const EMBEDDED_DATABASE = "catalogo";

/**
 * The database the scripts work on: `DATABASE_URL` when set (an external server), otherwise a
 * real PostgreSQL started from the embedded-postgres binaries with its data under `.data/`.
 */
export async function openDatabase(): Promise<RunningPostgres & { embedded: boolean }> {
  const external = process.env.DATABASE_URL;
  if (external) {
    await ensureDatabaseExists(external);
    return { url: external, port: Number(new URL(external).port || 5432), stop: async () => {}, embedded: false };
  }
  // The usual port makes `psql` easy; another free one is taken when something else holds it.
  const port = (await isPortFree(EMBEDDED_DEV_PORT)) ? EMBEDDED_DEV_PORT : undefined;
  const pg = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port, database: EMBEDDED_DATABASE });
  return { ...pg, embedded: true };
}
