// npm run db:seed — applies pending migrations, upserts regions and vocabularies, and fills an
// empty catalogue with the 240 illustrative sheets.
import { createPrismaClient } from "../lib/prisma-client.ts";
import { seedDatabase } from "../prisma/seed/seed-database.ts";
import { openDatabase } from "./lib/database.ts";
import { applyMigrations } from "./lib/schema-engine.ts";

const db = await openDatabase();
try {
  const applied = await applyMigrations(db.url);
  if (applied.length) console.log(`Migrazioni applicate: ${applied.join(", ")}`);
  const client = createPrismaClient(db.url);
  try {
    const started = performance.now();
    const summary = await seedDatabase(client);
    const elapsed = Math.round(performance.now() - started);
    console.log(`Dati di riferimento: ${summary.regions} regioni, ${summary.terms} voci dei vocabolari.`);
    console.log(summary.message);
    if (summary.sample.inserted) {
      console.log(`Enti: ${summary.sample.entities}; collegamenti alle voci: ${summary.sample.practiceTerms}.`);
    }
    console.log(`Tempo: ${elapsed} ms.`);
  } finally {
    await client.$disconnect();
  }
} finally {
  await db.stop();
}
