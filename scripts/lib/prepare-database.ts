import pg from "pg";
import { createPrismaClient } from "../../lib/prisma-client.ts";
import { seedDatabase } from "../../prisma/seed/seed-database.ts";
import { applyMigrations } from "./schema-engine.ts";

// Held for the whole of migrate + seed, on a connection of its own (session-level lock), so
// instances starting together against one database take turns: the later ones find the
// migrations applied and the seed done. Other advisory keys: migrations 5_150_002 (schema-engine.ts), imports 4_242_001,
// accounts 72_040_101.
export const PREPARE_LOCK_KEY = 5_150_001;

/** Brings a database to the current schema and seeds it (illustrative sheets only if empty). */
export async function prepareDatabase(url: string) {
  const lock = new pg.Client({ connectionString: url, application_name: "catalogo-prepare" });
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [PREPARE_LOCK_KEY]);
    const applied = await applyMigrations(url);
    if (applied.length) console.log(`Migrazioni applicate: ${applied.join(", ")}`);
    const prisma = createPrismaClient(url);
    try {
      const summary = await seedDatabase(prisma);
      console.log(summary.message);
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    // Ending the session releases the lock, also when migrating failed.
    await lock.end();
  }
}
