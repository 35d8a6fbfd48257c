import { cacheSyncStatus } from "@/lib/cache/sync-state";
import { db } from "@/lib/db";

const TIMEOUT_MS = 2_000;

/** Whether the database answers, and the last migration applied to it. */
export async function checkHealth() {
  const started = Date.now();
  try {
    const rows = await Promise.race([
      db.$queryRaw<{ migration_name: string }[]>`
        SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL ORDER BY "migration_name" DESC LIMIT 1`,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS)),
    ]);
    return {
      ok: true as const,
      database: "raggiungibile",
      migration: rows[0]?.migration_name ?? null,
      cacheSync: cacheSyncStatus(),
      ms: Date.now() - started,
    };
  } catch {
    return {
      ok: false as const,
      database: "non raggiungibile",
      migration: null,
      cacheSync: cacheSyncStatus(),
      ms: Date.now() - started,
    };
  }
}
