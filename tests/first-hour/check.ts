// npm run test:first-hour — the README's next steps against a site that `npm start` is running
// (PORT, default 3000; .ci/run starts it with the README's command first): the first admin, a
// CLI import, a backup, and a restore that refuses while the site is up. Each step runs the npm
// command exactly as the README gives it, so it also proves the commands work on the machine's Node.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { findRunningEmbedded } from "../../scripts/lib/database.ts";
import { waitForServer } from "../../scripts/lib/build.ts";

const baseUrl = `http://localhost:${process.env.PORT ?? "3000"}`;
const failures: string[] = [];

function check(ok: boolean, what: string) {
  console.log(`${ok ? "✓" : "✗"} ${what}`);
  if (!ok) failures.push(what);
}

async function npmRun(args: string[]) {
  const child = spawn("npm", ["run", "--silent", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const [code] = (await once(child, "exit")) as [number | null];
  console.log(`$ npm run ${args.join(" ")}  → ${code}\n${output.trim().replace(/^/gm, "    ")}`);
  return { code, output };
}

await waitForServer(`${baseUrl}/api/health`, undefined, 15 * 60_000);
const url = process.env.DATABASE_URL || (await findRunningEmbedded())?.url;
if (!url) throw new Error("Nessun database in esecuzione: avvia prima il sito con `npm start`.");

const email = `primo.admin.${Date.now()}@esempio.it`;
const created = await npmRun(["admin:create", "--", "--email", email, "--password", "Un-primo-amministratore-2026!"]);
check(
  created.code === 0 && created.output.includes(email),
  "admin:create crea il primo amministratore mentre il sito è avviato",
);

// The fixture's sheets, published and under codes of their own, so the check also runs on a catalogue
// that already has them.
const workDir = mkdtempSync(path.join(tmpdir(), "catalogo-"));
const code = `PRIMA-ORA-${Date.now()}`;
const importFile = path.join(workDir, "schede.csv");
writeFileSync(
  importFile,
  readFileSync("tests/fixtures/import/valid-utf8.csv", "utf8")
    .replaceAll("IMP-TEST-", `${code}-`)
    .replaceAll(",bozza,", ",pubblicata,"),
);
// The listing's title counts its sheets; asked before the import, the running site has it cached.
const listedCount = async () => {
  const title = /<title>([^<]*)<\/title>/.exec(await (await fetch(`${baseUrl}/pratiche`)).text())?.[1] ?? "";
  return Number(/(\d[\d.]*) pratich/.exec(title)?.[1]?.replaceAll(".", "") ?? NaN);
};
const listedBefore = await listedCount();
const imported = await npmRun(["import", "--", importFile]);
check(imported.code === 0 && /completata/.test(imported.output), "import da riga di comando mentre il sito è avviato");
// Told through PostgreSQL NOTIFY: a moment, bounded here at 2 s as for two instances.
let listedAfter = await listedCount();
for (let waited = 0; listedAfter !== listedBefore + 3 && waited < 2_000; waited += 100) {
  await new Promise((resolve) => setTimeout(resolve, 100));
  listedAfter = await listedCount();
}
check(
  listedAfter === listedBefore + 3,
  `l'elenco del sito avviato conta subito le schede importate (${listedBefore} → ${listedAfter})`,
);

const client = new pg.Client({ connectionString: url });
await client.connect();
const admin = await client.query(`SELECT 1 FROM "User" WHERE email = $1`, [email]);
check(admin.rowCount === 1, "l'amministratore è nel database del sito");
const practice = await client.query<{ slug: string; title: string }>(
  `SELECT slug, title FROM "Practice" WHERE code = $1 AND status = 'PUBLISHED'`,
  [`${code}-001`],
);
await client.end();
const sheet = practice.rows[0];
check(Boolean(sheet), "la scheda importata è pubblicata");
if (sheet) {
  const page = await fetch(`${baseUrl}/pratiche/${sheet.slug}`);
  const html = await page.text();
  check(
    page.status === 200 && html.includes(sheet.title.split(" ")[0] ?? ""),
    "il sito in esecuzione mostra la scheda importata",
  );
}

const backupFile = path.join(workDir, "backup.json.gz");
const backup = await npmRun(["db:backup", "--", backupFile]);
check(backup.code === 0 && backup.output.includes("Backup scritto"), "db:backup mentre il sito è avviato");

const restore = await npmRun(["db:restore", "--", backupFile]);
check(
  restore.code === 1 && restore.output.includes("Il sito è in esecuzione") && !/\n\s+at /.test(restore.output),
  "db:restore rifiuta, in una riga, mentre il sito è avviato",
);

console.log(failures.length ? `\n${failures.length} controlli falliti.` : "\nTutti i controlli superati.");
process.exit(failures.length ? 1 : 0);
