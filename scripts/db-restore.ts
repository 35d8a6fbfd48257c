// npm run db:restore -- FILE
// Replaces the content of the database of DATABASE_URL, or of the embedded one, with a backup
// made by db:backup: migrations are applied first, then every table is emptied and refilled in
// one transaction (on any error the database stays as it was). Stop the site first, or restart
// it afterwards: its cached pages do not know about the restore.
import { existsSync } from "node:fs";
import path from "node:path";
import { readBackupFile, restoreBackup } from "./lib/backup.ts";
import { openDatabase } from "./lib/database.ts";
import { applyMigrations } from "./lib/schema-engine.ts";

const [, , backup] = process.argv;
if (process.argv.length !== 3 || backup === undefined) {
  console.error("Uso: npm run db:restore -- percorso/del/backup.json.gz");
  process.exit(2);
}
const file = path.resolve(backup);
if (!existsSync(file)) {
  console.error(`File non trovato: ${file}`);
  process.exit(2);
}

const db = await openDatabase();
try {
  const started = performance.now();
  const backup = await readBackupFile(file);
  await applyMigrations(db.url);
  const counts = await restoreBackup(db.url, backup);
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(
    `Ripristino completato da ${path.basename(file)} (del ${backup.createdAt}): ${counts.Practice ?? 0} schede, ` +
      `${rows} righe in ${Object.keys(counts).length} tabelle, in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
} catch (error) {
  console.error(
    "Ripristino non riuscito, il database non è stato modificato:",
    error instanceof Error ? error.message : error,
  );
  process.exitCode = 1;
} finally {
  await db.stop();
}
