// npm run db:migrate — applies pending migrations from prisma/migrations with Prisma's schema engine.
import { openDatabase } from "./lib/database.ts";
import { applyMigrations } from "./lib/schema-engine.ts";

const db = await openDatabase();
try {
  const applied = await applyMigrations(db.url);
  console.log(applied.length ? `Migrazioni applicate: ${applied.join(", ")}` : "Database già aggiornato.");
} finally {
  await db.stop();
}
