import path from "node:path";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres.ts";
import { recreateDatabase, withDatabaseName } from "./server-admin.ts";

/**
 * A fresh, empty database for one test run, never the one `npm start` serves: with DATABASE_URL,
 * `<name>_test` on that same server (dropped and recreated); otherwise a separate embedded cluster.
 */
export async function openTestDatabase(runId: string): Promise<RunningPostgres> {
  const external = process.env.DATABASE_URL;
  if (!external) {
    const running = await startEmbeddedPostgres({
      dataDir: path.resolve(`.data/postgres-test-${runId}`),
      database: "postgres",
    });
    const url = withDatabaseName(running.url, "catalogo_test");
    await recreateDatabase(url);
    return { ...running, url };
  }
  const name = new URL(external).pathname.slice(1) || "catalogo";
  const url = withDatabaseName(
    external,
    runId === "main" ? `${name}_test` : `${name}_test_${runId.replace(/-/g, "_")}`,
  );
  await recreateDatabase(url);
  return { url, port: Number(new URL(external).port || 5432), stop: async () => {} };
}
