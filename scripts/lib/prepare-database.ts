import { createPrismaClient } from "../../lib/prisma-client.ts";
import { seedDatabase } from "../../prisma/seed/seed-database.ts";
import { applyMigrations } from "./schema-engine.ts";

/** Brings a database to the current schema and seeds it (illustrative sheets only if empty). */
export async function prepareDatabase(url: string) {
  const applied = await applyMigrations(url);
  if (applied.length) console.log(`Migrazioni applicate: ${applied.join(", ")}`);
  const prisma = createPrismaClient(url);
  try {
    const summary = await seedDatabase(prisma);
    console.log(summary.message);
  } finally {
    await prisma.$disconnect();
  }
}
