// npm run db:backup [-- FILE]
// A consistent logical backup of the database of DATABASE_URL, or of the embedded one, as one
// gzipped JSON file (default: .data/backups/catalogo-<date>.json.gz). Restore with db:restore.
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { takeBackup, writeBackupFile } from "./lib/backup.ts";
import { openDatabase } from "./lib/database.ts";

const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "").replace("T", "-");
const file = path.resolve(process.argv[2] ?? `.data/backups/catalogo-${stamp}.json.gz`);
mkdirSync(path.dirname(file), { recursive: true });

const db = await openDatabase();
try {
  const started = performance.now();
  const backup = await takeBackup(db.url);
  await writeBackupFile(backup, file);
  const rows = backup.tables.reduce((sum, t) => sum + t.rows.length, 0);
  const practices = backup.tables.find((t) => t.name === "Practice")?.rows.length ?? 0;
  console.log(
    `Backup scritto in ${file}: ${practices} schede, ${rows} righe in ${backup.tables.length} tabelle, ` +
      `migrazione ${backup.migration ?? "—"}, ${(statSync(file).size / 1024).toFixed(0)} kB in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
} catch (error) {
  console.error("Backup non riuscito:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.stop();
}
