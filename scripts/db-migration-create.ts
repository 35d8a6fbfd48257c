// npm run db:migration:create -- NAME — writes prisma/migrations/<timestamp>_NAME/migration.sql
// for the difference between the existing migrations and prisma/schema.prisma (not applied).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openDatabase } from "./lib/database.ts";
import { diffMigrationsToSchema, migrationStatements, MIGRATIONS_DIR } from "./lib/schema-engine.ts";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Uso: npm run db:migration:create -- nome_in_snake_case");
  process.exit(2);
}
const db = await openDatabase();
try {
  const script = await diffMigrationsToSchema(db.url);
  if (migrationStatements(script) === "") {
    console.log("Nessuna differenza tra le migrazioni e lo schema: nessuna migrazione creata.");
  } else {
    const timestamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${timestamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), script);
    console.log(`Creata ${path.relative(process.cwd(), dir)}/migration.sql — rivedila, poi npm run db:migrate.`);
  }
} finally {
  await db.stop();
}
