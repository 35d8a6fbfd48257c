// npm run db:restore -- FILE
// Replaces the content of the database of DATABASE_URL, or of the embedded one, with a backup
// made by db:backup: migrations are applied first, then every table is emptied and refilled in
// one transaction (on any error the database stays as it was). It refuses while the site (or
// anything else) is connected to the database: a running site would keep serving cached pages of
// the old content and could write between the backup's rows.
import { existsSync } from "node:fs";
import path from "node:path";
import { readBackupFile, restoreBackup } from "./lib/backup.ts";
import { openDatabase, otherConnections } from "./lib/database.ts";
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
const others = await otherConnections(db.url);
if (others > 0) {
  console.error(
    `Il sito è in esecuzione (${others} connessioni aperte al database): fermalo (Ctrl+C su npm start, o ferma ` +
      "ogni istanza), poi ripeti `npm run db:restore -- FILE` e riavvialo. Il database non è stato modificato.",
  );
  await db.stop();
  process.exit(1);
}
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
