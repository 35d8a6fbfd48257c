// npm test — the whole suite against real parts: a fresh Postgres database (embedded, or
// `<name>_test` beside DATABASE_URL), Vitest unit and integration tests, then a production
// build served by scripts/serve.ts and driven by Playwright in Debian's Chromium.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ensureBuild, serveArgs, waitForServer } from "./lib/build.ts";
import { findFreePort } from "./lib/embedded-postgres.ts";
import { createPrismaClient } from "../lib/prisma-client.ts";
import { createUser } from "../lib/users/create-user.ts";
import { ACCOUNTS } from "../tests/e2e/support/accounts.ts";
import { prepareDatabase } from "./lib/prepare-database.ts";
import { uncaughtReport, watchForUncaught } from "./lib/server-output.ts";
import { openTestDatabase } from "./lib/test-database.ts";

const chromium =
  process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
if (!chromium || !existsSync(chromium)) {
  console.error(
    "Chromium non trovato: installalo (`apt-get install chromium`) o indica il percorso con CHROMIUM_PATH.",
  );
  process.exit(1);
}
// TEST_RUN_ID keeps concurrent runs apart (database, build, reports); TEST_ONLY=vitest|playwright
// and TEST_FILTER=<file pattern> narrow a run while developing (words apart go to the runner as
// separate arguments: Playwright runs a project's dependencies in full unless also given
// `--project=chromium --no-deps`). CI runs everything.
const RUN_ID = (process.env.TEST_RUN_ID ?? "main").replace(/[^a-z0-9-]/gi, "");
const ONLY = process.env.TEST_ONLY;
const FILTER = process.env.TEST_FILTER?.split(/\s+/).filter(Boolean) ?? [];
const REPORTS = path.resolve(`test-results/${RUN_ID}/reports`);
const DIST_DIR = `.next-test-${RUN_ID}`;
mkdirSync(REPORTS, { recursive: true });

/** Ends the run early with an exit code (TEST_ONLY=vitest). */
class Finished {
  constructor(readonly code: number) {}
}

const db = await openTestDatabase(RUN_ID);
let server: ReturnType<typeof spawn> | undefined;
let exitCode = 1;

try {
  await prepareDatabase(db.url);
  await createTestAccounts(db.url);

  const env = { ...process.env, DATABASE_URL: db.url, TEST_RUN_ID: RUN_ID };
  const vitest =
    ONLY === "playwright"
      ? 0
      : await run(
          "vitest",
          [
            path.resolve("node_modules/vitest/vitest.mjs"),
            "run",
            "--reporter=default",
            "--reporter=json",
            `--outputFile=${REPORTS}/vitest.json`,
            ...FILTER,
          ],
          { ...env, NODE_ENV: "test" },
        );
  if (ONLY === "vitest") throw new Finished(vitest);

  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const appEnv = { ...env, NODE_ENV: "production" as const, SITE_URL: baseUrl, TRUST_PROXY: "1" };
  await ensureBuild(DIST_DIR, appEnv, { force: true });
  server = spawn(process.execPath, serveArgs(port, "127.0.0.1"), {
    stdio: ["ignore", "pipe", "pipe"],
    // One worker: the suite's browsers would otherwise warm every route once per worker on a
    // busy 2-core machine. Several processes are covered by tests/e2e/two-instances.spec.ts.
    env: { ...appEnv, NEXT_DIST_DIR: DIST_DIR, WEB_CONCURRENCY: "1" },
  });
  const uncaught = watchForUncaught(server);
  await waitForServer(baseUrl);
  const playwright = await run(
    "playwright",
    [path.resolve("node_modules/@playwright/test/cli.js"), "test", ...FILTER],
    {
      ...env,
      PLAYWRIGHT_BASE_URL: baseUrl,
      NEXT_DIST_DIR: DIST_DIR,
      CHROMIUM_PATH: chromium,
      PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/playwright.json`,
    },
  );

  const totals = [ONLY === "playwright" ? { passed: 0, failed: 0 } : readVitestTotals(), readPlaywrightTotals()].reduce(
    (a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed }),
  );
  console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
  exitCode = vitest === 0 && playwright === 0 && totals.failed === 0 && totals.passed > 0 ? 0 : 1;
  const report = uncaughtReport(uncaught);
  if (report) {
    console.error(report);
    exitCode = 1;
  }
} catch (error) {
  if (error instanceof Finished) exitCode = error.code;
  else console.error(error);
} finally {
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((resolve) => server!.once("exit", resolve));
  }
  await db.stop();
}
process.exit(exitCode);

async function createTestAccounts(url: string) {
  const prisma = createPrismaClient(url);
  try {
    for (const account of Object.values(ACCOUNTS)) await createUser(prisma, { ...account });
  } finally {
    await prisma.$disconnect();
  }
}

// Asynchronous on purpose: the embedded Postgres writes its log through this process, and a
// blocked event loop (spawnSync) would stop draining it until Postgres itself blocks.
async function run(name: string, args: string[], env: NodeJS.ProcessEnv) {
  console.log(`\n▶ ${name}`);
  const child = spawn(process.execPath, args, { stdio: "inherit", env });
  const [code] = (await once(child, "exit")) as [number | null];
  return code ?? 1;
}

function readJson(file: string) {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

function readVitestTotals() {
  const report = readJson(`${REPORTS}/vitest.json`);
  return { passed: report?.numPassedTests ?? 0, failed: (report?.numFailedTests ?? 0) + (report ? 0 : 1) };
}

function readPlaywrightTotals() {
  const report = readJson(`${REPORTS}/playwright.json`);
  const stats = report?.stats;
  return { passed: stats?.expected ?? 0, failed: (stats?.unexpected ?? 0) + (stats?.flaky ?? 0) + (report ? 0 : 1) };
}
