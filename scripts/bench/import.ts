// npm run bench:import -- [--rows 240,10000] [--out DIR [--files-only]]
// Times `npm run import` (the CLI, as a user runs it) on generated CSV files against a database
// of its own: a fresh `<name>_test_import_bench` beside DATABASE_URL, or an embedded cluster in
// .data/postgres-test-import-bench. For each size: the dry run, the commit of new sheets, the
// same file again (nothing changes) and a file where every sheet changed (updates). Prints the
// figures with the load average, since a shared machine is noisy.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Papa from "papaparse";
import { comuniByIstatCode } from "../../lib/comuni.ts";
import { cycleAt, itemAt } from "../../lib/item-at.ts";
import { FIELD_NAMES, MULTI_VALUE_SEPARATOR, type FieldName } from "../../lib/practices/practice-fields.ts";
import { readReference } from "../../lib/practices/reference-query.ts";
import type { Reference } from "../../lib/practices/practice-input.ts";
import { createPrismaClient } from "../../lib/prisma-client.ts";
import { prepareDatabase } from "../lib/prepare-database.ts";
import { openTestDatabase } from "../lib/test-database.ts";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "240,10000" },
    out: { type: "string" },
    "files-only": { type: "boolean", default: false },
  },
});
const sizes = values.rows
  .split(",")
  .map(Number)
  .filter((n) => n > 0);

const WORDS = (
  "servizio domicilio anziani famiglie volontari telefono consegna spesa farmaci ascolto sostegno psicologico " +
  "comune ambito rete protezione civile scuola minori disabili pasti centro diurno educatori operatori sociali " +
  "emergenza quarantena isolamento distanza videochiamata sportello orientamento lavoro povertà alimentare"
).split(" ");

function text(seed: number, words: number) {
  return Array.from({ length: words }, (_, i) => cycleAt(WORDS, seed * 7 + i * 13 + ((seed * i) % 11))).join(" ");
}

/** `count` valid rows with codes `${prefix}-n`; `variant` changes every row's title and terms. */
function sheets(reference: Reference, prefix: string, count: number, variant = 0): Record<FieldName, string>[] {
  const comuni = [...comuniByIstatCode().values()].filter((_, i) => i % 7 === 0);
  const regionByCode = new Map(reference.regions.map((region) => [region.id, region]));
  const vocabulary = (name: string) => reference.terms.filter((t) => t.vocabulary === name);
  const pick = (list: { slug: string }[], seed: number, n: number) =>
    [...new Set(Array.from({ length: n }, (_, i) => cycleAt(list, seed + i * 5).slug))].join(MULTI_VALUE_SEPARATOR);
  return Array.from({ length: count }, (_, i) => {
    const seed = i + variant * 3;
    const byIstat = i % 5 !== 0;
    const comune = itemAt(comuni, i % Math.min(comuni.length, 1500));
    const region = byIstat ? regionByCode.get(comune.regionCode) : cycleAt(reference.regions, i);
    const total = 5 + (i % 40);
    return {
      codice: `${prefix}-${String(i + 1).padStart(5, "0")}`,
      titolo: `${variant ? "Rivisto: " : ""}Servizio ${text(seed, 4)} n. ${i + 1}`,
      sintesi: `Sintesi: ${text(seed + 1, 14)}.`,
      descrizione: `${text(seed + 2, 20)}.\n${text(seed + 3, 16)}.`,
      data_avvio: `2020-0${3 + (i % 6)}-${String(1 + (i % 28)).padStart(2, "0")}`,
      tipo_servizio: cycleAt(["nuovo", "rafforzato", "misto"], i),
      operatori_totale: String(total),
      operatori_interni: String(Math.floor(total / 3)),
      operatori_volontari: String(Math.floor(total / 2)),
      fonti_finanziamento: pick(vocabulary("FUNDING"), seed, 2),
      note_finanziamento: i % 4 === 0 ? `Note: ${text(seed, 8)}` : "",
      aree_utenza: pick(vocabulary("AREA"), seed + variant, 1 + (i % 3)),
      tecnologie: pick(vocabulary("TECHNOLOGY"), seed, i % 3),
      reti: pick(vocabulary("NETWORK"), seed, 1 + (i % 2)),
      canali: pick(vocabulary("CHANNEL"), seed, 2),
      riscontri: text(seed + 4, 10),
      innovazione: text(seed + 5, 10),
      sostenibilita: cycleAt(["continua", "parziale", "termina", "non-noto"], i),
      note_sostenibilita: "",
      risorse_necessarie: "",
      difficolta: "",
      consigli_replica: "",
      contatto_pubblico: "",
      stato: i % 10 === 0 ? "bozza" : "pubblicata",
      ente_nome: byIstat ? `Comune di ${comune.name}` : `Ambito territoriale n. ${i % 150}`,
      ente_tipo: byIstat ? "comune" : "ambito",
      ente_codice_istat: byIstat ? comune.istatCode : "",
      regione: region!.name,
      provincia: byIstat ? comune.province : "",
    };
  });
}

function writeCsv(dir: string, name: string, rows: Record<FieldName, string>[]) {
  const file = path.join(dir, name);
  const csv = Papa.unparse({ fields: FIELD_NAMES, data: rows.map((row) => FIELD_NAMES.map((f) => row[f])) });
  writeFileSync(file, csv);
  console.log(`${name}: ${rows.length} rows, ${(Buffer.byteLength(csv) / 1e6).toFixed(2)} MB`);
  return file;
}

async function runImport(url: string, file: string, dryRun: boolean) {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/import.ts", file, ...(dryRun ? ["--dry-run"] : [])],
    {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const [code] = (await once(child, "exit")) as [number | null];
  const wall = (performance.now() - started) / 1000;
  // A failure is reported in the table (with its first error line) rather than ending the run.
  const failure =
    code === 0
      ? null
      : (output.split("\n").find((line) => /error|errore|timeout|Nessuna/i.test(line)) ?? `exit ${code}`).trim();
  const check = /Controllo: ([\d.]+) s/.exec(output)?.[1];
  const commit = /completata in ([\d.]+) s/.exec(output)?.[1];
  const counts = /Schede nuove: (\d+); aggiornate: (\d+); invariate: (\d+)/.exec(output);
  return {
    wall,
    check: Number(check),
    commit: commit ? Number(commit) : null,
    counts: counts ? counts.slice(1).join("/") : "?",
    failure,
  };
}

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");

const db = await openTestDatabase("import-bench");
const dir = values.out ? path.resolve(values.out) : mkdtempSync(path.join(tmpdir(), "import-bench-"));
try {
  await prepareDatabase(db.url);
  const prisma = createPrismaClient(db.url);
  const reference = await readReference(prisma);
  await prisma.$disconnect();
  console.log(`\nImport benchmark — ${new Date().toISOString()}, load average ${load()}`);
  console.log(
    "scenario | rows | created/updated/unchanged | check (s) | commit (s) | wall incl. startup (s) | load 1m 5m 15m",
  );
  for (const size of sizes) {
    const prefix = `BENCH${size}`;
    const fresh = writeCsv(dir, `${prefix}.csv`, sheets(reference, prefix, size));
    const changed = writeCsv(dir, `${prefix}-changed.csv`, sheets(reference, prefix, size, 1));
    if (values["files-only"]) continue;
    for (const [scenario, file, dryRun] of [
      ["dry run, new", fresh, true],
      ["commit, new", fresh, false],
      ["dry run, same file", fresh, true],
      ["commit, same file", fresh, false],
      ["dry run, all changed", changed, true],
      ["commit, all changed", changed, false],
    ] as const) {
      const r = await runImport(db.url, file, dryRun);
      console.log(
        `${scenario} | ${size} | ${r.counts} | ${r.check.toFixed(1)} | ${r.commit === null ? "—" : r.commit.toFixed(1)} | ${r.wall.toFixed(1)} | ${load()}${r.failure ? ` | FAILED: ${r.failure}` : ""}`,
      );
    }
  }
} finally {
  if (!values.out) rmSync(dir, { recursive: true, force: true });
  await db.stop();
}
process.exit(0);
