// npm run test:faults — what `npm test` cannot do beside other tests: publish hostile sheets and
// check them in the browser, kill imports half-way, read under load during an import, and stop
// the database under the running site. Own database (embedded cluster "faults"), own build and
// server; Playwright runs tests/faults/NN-*.spec.ts in order, one at a time.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyseImport, saveImportJob } from "../lib/import/analyse.ts";
import { commitImportJob } from "../lib/import/apply.ts";
import { refreshSearchWords } from "../lib/practices/search-words.ts";
import { readReference } from "../lib/practices/reference-query.ts";
import { createPrismaClient } from "../lib/prisma-client.ts";
import { createUser } from "../lib/users/create-user.ts";
import { ACCOUNTS } from "../tests/e2e/support/accounts.ts";
import { hostileSheets } from "../tests/faults/support/sheets.ts";
import { ensureBuild, serveArgs, waitForServer } from "./lib/build.ts";
import { findFreePort } from "./lib/embedded-postgres.ts";
import { stopPostgres } from "./lib/pg-control.ts";
import { prepareDatabase } from "./lib/prepare-database.ts";
import { uncaughtReport, watchForUncaught } from "./lib/server-output.ts";
import { openTestDatabase } from "./lib/test-database.ts";

const chromium =
  process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
if (!chromium) {
  console.error(
    "Chromium non trovato: installalo (`apt-get install chromium`) o indica il percorso con CHROMIUM_PATH.",
  );
  process.exit(1);
}
const RUN_ID = "faults";
const REPORTS = path.resolve(`test-results/${RUN_ID}/reports`);
const DIST_DIR = `.next-test-${RUN_ID}`;
// Fixed, so that an unchanged source tree reuses its build; the server's real port differs.
const SITE_URL = "http://127.0.0.1:3000";
const embedded = !process.env.DATABASE_URL;
const dataDir = path.resolve(`.data/postgres-test-${RUN_ID}`);
mkdirSync(REPORTS, { recursive: true });

const db = await openTestDatabase(RUN_ID);
let server: ReturnType<typeof spawn> | undefined;
let exitCode = 1;
try {
  await prepareDatabase(db.url);
  await seedFaultData(db.url);

  const env = { ...process.env, DATABASE_URL: db.url, TEST_RUN_ID: RUN_ID };
  const appEnv = { ...env, NODE_ENV: "production" as const, SITE_URL, TRUST_PROXY: "1" };
  const started = performance.now();
  await ensureBuild(DIST_DIR, appEnv);
  console.log(`Build pronta in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, serveArgs(port, "127.0.0.1"), {
    stdio: ["ignore", "pipe", "pipe"],
    // One worker: the suite's browsers would otherwise warm every route once per worker on a
    // busy 2-core machine. Several processes are covered by tests/e2e/two-instances.spec.ts.
    // No recycling by memory: the suite proves no worker is ever lost (its pid never changes), and a
    // planned replacement (tested in tests/e2e/server-workers.spec.ts) would change it by design.
    env: { ...appEnv, NEXT_DIST_DIR: DIST_DIR, WEB_CONCURRENCY: "1", SERVER_RECYCLE_RSS_MB: "0" },
  });
  const uncaught = watchForUncaught(server);
  await waitForServer(baseUrl);

  // Asynchronously: a blocked event loop would stop draining the embedded Postgres's log pipe,
  // and a Postgres blocked on a full pipe never finishes shutting down.
  const result = await runAsync(
    process.execPath,
    [
      path.resolve("node_modules/@playwright/test/cli.js"),
      "test",
      "--config",
      "tests/faults/playwright.config.ts",
      ...process.argv.slice(2),
    ],
    {
      stdio: "inherit",
      env: {
        ...env,
        PLAYWRIGHT_BASE_URL: baseUrl,
        CHROMIUM_PATH: chromium,
        PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/playwright.json`,
        // The server's primary process: its worker's memory and identity are watched by 04-hostile-imports.
        FAULTS_SERVER_PID: String(server.pid),
        ...(embedded ? { FAULTS_PG_DATA_DIR: dataDir, FAULTS_PG_PORT: String(db.port) } : {}),
      },
    },
  );
  const stats = existsSync(`${REPORTS}/playwright.json`)
    ? JSON.parse(readFileSync(`${REPORTS}/playwright.json`, "utf8")).stats
    : null;
  console.log(
    `\nFaults: ${stats?.expected ?? 0} passed, ${(stats?.unexpected ?? 0) + (stats?.flaky ?? 0)} failed, ${stats?.skipped ?? 0} skipped`,
  );
  exitCode = result.status === 0 && stats && stats.unexpected === 0 && stats.expected > 0 ? 0 : 1;
  const report = uncaughtReport(uncaught);
  if (report) {
    console.error(report);
    exitCode = 1;
  }
} catch (error) {
  console.error(error);
} finally {
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((resolve) => server!.once("exit", resolve));
  }
  // The tests may have stopped and restarted the cluster outside embedded-postgres's knowledge.
  if (embedded) await stopPostgres(dataDir).catch((error) => console.error(error));
  else await db.stop();
}
process.exit(exitCode);

async function seedFaultData(url: string) {
  const prisma = createPrismaClient(url);
  try {
    for (const account of Object.values(ACCOUNTS)) await createUser(prisma, { ...account });
    const bytes = new TextEncoder().encode(JSON.stringify(hostileSheets()));
    const analysis = await analyseImport(prisma, await readReference(prisma), { name: "ostili.json", bytes });
    if (analysis.summary.problems.length)
      throw new Error(`Schede ostili non valide: ${JSON.stringify(analysis.summary.problems)}`);
    const job = await saveImportJob(prisma, analysis, null);
    await commitImportJob(prisma, job.id, null);
    await refreshSearchWords(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

function runAsync(command: string, args: string[], options: Parameters<typeof spawn>[2]) {
  return new Promise<{ status: number | null }>((resolve) =>
    spawn(command, args, options).on("exit", (status) => resolve({ status })),
  );
}
