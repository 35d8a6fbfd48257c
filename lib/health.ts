import { cacheSyncStatus } from "@/lib/cache/sync-state";
import { db } from "@/lib/db";

const TIMEOUT_MS = 2_000;

// Public: it says whether the database answers, nothing about the schema or the software's
// version (`npm run db:migrate` and the backup files name the migration for the operators).
export async function checkHealth() {
  const started = Date.now();
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS)),
    ]);
    return { ok: true as const, database: "raggiungibile", cacheSync: cacheSyncStatus(), ms: Date.now() - started };
  } catch {
    return {
      ok: false as const,
      database: "non raggiungibile",
      cacheSync: cacheSyncStatus(),
      ms: Date.now() - started,
    };
  }
}
