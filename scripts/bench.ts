// npm run bench — builds the production app into .next-bench, serves it with scripts/serve.ts (the
// production server, one worker process) against its own database, and measures each scenario against two ceilings: a
// bare Next app of the same version (tests/bench/bare-next: a static page A and a trivial dynamic page B, plain
// `next start`), and a third, B′: B's page with the site's framework settings (tests/bench/bare-next-site-mode:
// Cache Components and a pass-through proxy). It also serves the same build under a bare `next start` to show the wrapper's cost. Flags: --duration S (5), --connections N (10),
// --probe N (40 sequential requests at one connection), --scale [N] (also seed N synthetic sheets,
// default 100000, into a second database and rerun the listing scenarios), --instances N (workers
// of scripts/serve.ts for the both-cores comparison; default: the cores), --lighthouse-runs N
// (Lighthouse runs per page, median reported; default 3), --only load,js,lighthouse (a subset of the
// single-server parts; default all), --node-options "…" (NODE_OPTIONS of the server processes, e.g.
// --max-old-space-size=192, to measure memory settings), --scenarios "home,detail" (only the scenarios
// whose name contains one of these words, in every part; the report is then not written), --no-write.
import { spawn, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { once } from "node:events";
import { ensureBuild, nextBin, serveArgs, waitForServer } from "./lib/build.ts";
import { findFreePort } from "./lib/embedded-postgres.ts";
import { prepareDatabase } from "./lib/prepare-database.ts";
import { recreateDatabase, withDatabaseName } from "./lib/server-admin.ts";
import { openTestDatabase } from "./lib/test-database.ts";
import { workerHeapFlags, workerMallocEnv } from "./lib/worker-runtime.ts";
import { clientJs, clientJsBreakdown } from "./bench/client-js.ts";
import { explainListing, EXPLAINED_CASES } from "./bench/explain.ts";
import { runLighthouse } from "./bench/lighthouse.ts";
import { measure, warm, type Scenario, type ScenarioResult } from "./bench/load.ts";
import { MemorySampler, postmasterPid } from "./bench/memory.ts";
import { pageBytes } from "./bench/page-bytes.ts";
import { writeReport, type RunReport } from "./bench/report.ts";
import {
  bareStartScenarios,
  ceilingScenarios,
  siteModeCeiling,
  listingScenarios,
  SITE_DYNAMIC,
  SITE_STATIC,
  siteScenarios,
} from "./bench/scenarios.ts";
import { seedSyntheticPractices } from "./bench/synthetic.ts";
import { seedBusySheet } from "./bench/open-collection-fixture.ts";

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  const value = index >= 0 ? Number(args[index + 1]) : NaN;
  return Number.isFinite(value) ? value : fallback;
};
const options = { duration: flag("duration", 5), connections: flag("connections", 10), probe: flag("probe", 40) };
const scale = args.includes("--scale") ? flag("scale", 100_000) : 0;
const instances = flag("instances", os.availableParallelism());
const lighthouseRuns = flag("lighthouse-runs", 3);
const onlyIndex = args.indexOf("--only");
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;
const parts = new Set(only ? only.split(",") : ["load", "js", "lighthouse"]);
const nodeOptionsIndex = args.indexOf("--node-options");
const serverNodeOptions = nodeOptionsIndex >= 0 ? args[nodeOptionsIndex + 1] : undefined;
const scenariosIndex = args.indexOf("--scenarios");
const scenarioWords = scenariosIndex >= 0 ? (args[scenariosIndex + 1] ?? "").split(",").filter(Boolean) : null;
const chosen = (scenario: Scenario) => !scenarioWords || scenarioWords.some((word) => scenario.name.includes(word));
const DIST_DIR = ".next-bench";
const BARE_APP = "tests/bench/bare-next";
const BARE_APP_SITE_MODE = "tests/bench/bare-next-site-mode";
const MULTI_INSTANCE = [
  SITE_STATIC,
  SITE_DYNAMIC,
  "/pratiche 3 facets + q (varied)",
  "/api/v1/pratiche 3 facets + q (varied)",
];
const PG_DATA = path.resolve(".data/postgres-test-bench");
const BASELINE_PAGE = "/prova-carico/statica";

const db = await openTestDatabase("bench");
const servers: ChildProcess[] = [];
const roots: Record<string, number | undefined> = {
  postgres: process.env.DATABASE_URL ? undefined : postmasterPid(PG_DATA),
};
const memory = new MemorySampler(() => roots);
let exitCode = 1;

try {
  await prepareDatabase(db.url);
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = { ...process.env, DATABASE_URL: db.url, NODE_ENV: "production" as const, SITE_URL: baseUrl };
  await ensureBuild(DIST_DIR, env);
  memory.start();

  const server = await startServer(port, db.url, baseUrl);
  roots.server = server.pid;
  const samples = await sampleSlugs(db.url);
  let ceilings: ScenarioResult[] = [];
  let bareStart: ScenarioResult[] = [];
  if (parts.has("load") && [...ceilingScenarios, siteModeCeiling].some(chosen)) {
    console.log(`\nTetti: app Next minime (${BARE_APP}, ${BARE_APP_SITE_MODE}), next start:`);
    ceilings = [
      ...(await measureCeilings(BARE_APP, ceilingScenarios.filter(chosen))),
      ...(await measureCeilings(BARE_APP_SITE_MODE, [siteModeCeiling].filter(chosen))),
    ];
  }
  console.log("\nIl sito, scripts/serve.ts:");
  const results = parts.has("load") ? await runScenarios(baseUrl, siteScenarios(samples)) : [];
  if (parts.has("load") && bareStartScenarios(samples).some(chosen)) {
    console.log("\nLa stessa build con next start (senza scripts/serve.ts):");
    const bare = await startNextStart(".", { DATABASE_URL: db.url, NEXT_DIST_DIR: DIST_DIR });
    bareStart = await runScenarios(bare.baseUrl, bareStartScenarios(samples));
    await stopServer(bare.server);
  }
  const routes = [
    "/",
    "/pratiche",
    `/pratiche?area=anziani&q=spesa`,
    `/pratiche/${samples.practice}`,
    `/regioni/${samples.region}`,
    ...(samples.busy ? [`/pratiche/${samples.busy}`] : []),
  ];
  const bytes = [];
  for (const route of routes) bytes.push(await pageBytes(baseUrl, route));
  const javascript = [];
  if (parts.has("js")) for (const route of routes) javascript.push(await clientJs(baseUrl, route));
  const jsBreakdown = parts.has("js") ? await clientJsBreakdown(baseUrl, BASELINE_PAGE, routes, DIST_DIR) : null;
  console.log(`Pesi e script delle pagine: picco server ${serverPeakMb()} MB`);
  let lighthouseResults = null;
  if (parts.has("lighthouse")) {
    console.log(`\nLighthouse (${lighthouseRuns} esecuzioni per pagina, mediana):`);
    lighthouseResults = await runLighthouse(
      baseUrl,
      [
        { name: "site layout, static page", path: BASELINE_PAGE },
        { name: "home", path: "/" },
        { name: "listing", path: "/pratiche" },
        { name: "detail", path: `/pratiche/${samples.practice}` },
        // Illustrative sheets are noindex by design: SEO is measured on a real one too.
        ...(samples.busy ? [{ name: "detail, real sheet (50 replications)", path: `/pratiche/${samples.busy}` }] : []),
      ].filter(chosen),
      { runs: lighthouseRuns, saveDir: path.join(DIST_DIR, "lighthouse") },
    );
  }
  if (lighthouseResults) {
    console.log(`Lighthouse: picco server ${serverPeakMb()} MB`);
    // The framework's own floor: the bare app's static page (no site layout, fonts or wrapper),
    // in the same browser on the same machine, so the site's scores read against it.
    const floor = { name: "ceiling A: bare Next, static page", path: "/" };
    if (chosen(floor)) {
      const bare = await startNextStart(BARE_APP, {});
      lighthouseResults.unshift(...(await runLighthouse(bare.baseUrl, [floor], { runs: lighthouseRuns })));
      await stopServer(bare.server);
    }
  }
  const report: RunReport = {
    options,
    ceilings,
    results,
    bareStart,
    memory: {},
    scale: null,
    instances: null,
    javascript,
    bytes,
    jsBreakdown,
    lighthouse: lighthouseResults,
    serverNodeOptions: serverNodeOptions ?? null,
  };

  if (instances > 1 && parts.has("load")) {
    // Same build, same database, scripts/serve.ts with one worker per core: what a second core is worth.
    const clusterPort = await findFreePort();
    const clusterBase = `http://127.0.0.1:${clusterPort}`;
    roots[`cluster (${instances} workers)`] = (await startServer(clusterPort, db.url, clusterBase, instances)).pid;
    console.log(`\nscripts/serve.ts con ${instances} processi:`);
    const multi = siteScenarios(samples).filter((scenario) => MULTI_INSTANCE.includes(scenario.name));
    report.instances = { count: instances, results: await runScenarios(clusterBase, multi) };
  }

  if (scale > 0) {
    const scaleUrl = withDatabaseName(db.url, "catalogo_bench_scale");
    await recreateDatabase(scaleUrl);
    await prepareDatabase(scaleUrl);
    console.log(`\nSchede sintetiche: ${scale}…`);
    const seeded = await seedSyntheticPractices(scaleUrl, scale);
    console.log(`  ${seeded.inserted} inserite in ${seeded.seconds.toFixed(1)} s`);
    const scalePort = await findFreePort();
    const scaleBase = `http://127.0.0.1:${scalePort}`;
    const scaleServer = await startServer(scalePort, scaleUrl, scaleBase);
    roots.scaleServer = scaleServer.pid;
    const scaleResults = await runScenarios(scaleBase, [
      ...siteScenarios(samples).slice(0, 2),
      ...listingScenarios(samples),
    ]);
    const explains = [];
    for (const entry of EXPLAINED_CASES) explains.push({ ...entry, ...(await explainListing(scaleUrl, entry.params)) });
    report.scale = { count: seeded.total, seedSeconds: seeded.seconds, results: scaleResults, explains };
  }

  memory.stop();
  report.memory = Object.fromEntries(Object.keys(roots).map((name) => [name, memory.report(name)]));
  writeReport(report, { write: !args.includes("--no-write") && !scenarioWords });
  exitCode = results.some((result) => result.errors > 0) ? 1 : 0;
} catch (error) {
  console.error(error);
} finally {
  memory.stop();
  for (const server of servers) await stopServer(server);
  // The synthetic database is large (about 1.5 GB at 100,000 sheets) and rebuilt by every run.
  if (scale > 0) await dropDatabase(withDatabaseName(db.url, "catalogo_bench_scale")).catch(() => {});
  await db.stop();
}
process.exit(exitCode);

/**
 * The production server, scripts/serve.ts (node cluster: a primary and `workers` worker processes;
 * with one worker it serves from a single process, like the ceilings' `next start` did).
 */
async function startServer(port: number, databaseUrl: string, baseUrl: string, workers = 1) {
  const server = spawn(process.execPath, serveArgs(port, "127.0.0.1"), {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: "production",
      SITE_URL: baseUrl,
      NEXT_DIST_DIR: DIST_DIR,
      WEB_CONCURRENCY: String(workers),
      ...(serverNodeOptions ? { NODE_OPTIONS: serverNodeOptions } : {}),
    },
  });
  servers.push(server);
  await waitForServer(`${baseUrl}/api/health`, server);
  return server;
}

/**
 * A bare app's pages, served with the workers' own memory settings so that its peak is the floor
 * ours compares with.
 */
async function measureCeilings(dir: string, scenarios: Scenario[]) {
  if (scenarios.length === 0) return [];
  const bare = await startNextStart(dir, { NODE_OPTIONS: workerHeapFlags().join(" "), ...workerMallocEnv() });
  const root = `bare Next (${path.basename(dir)})`;
  roots[root] = bare.server.pid;
  const results = await runScenarios(bare.baseUrl, scenarios);
  memory.sample();
  roots[root] = undefined;
  await stopServer(bare.server);
  return results;
}

/** `next start` of an app directory (the bare ceilings' app, or the site's build without its wrapper). */
async function startNextStart(dir: string, env: Record<string, string>) {
  if (dir !== ".") await buildBareApp(dir);
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [nextBin(), "start", dir, "--port", String(port), "--hostname", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", SITE_URL: baseUrl, ...env },
  });
  servers.push(server);
  await waitForServer(baseUrl, server);
  return { server, baseUrl };
}

async function buildBareApp(dir: string) {
  console.log(`Compilo ${dir}…`);
  const build = spawn(process.execPath, [nextBin(), "build", dir], { stdio: ["ignore", "ignore", "inherit"] });
  const [code] = (await once(build, "exit")) as [number | null];
  if (code !== 0) throw new Error(`next build ${dir} non è riuscito`);
}

async function stopServer(server: ChildProcess) {
  if (server.exitCode !== null || server.signalCode !== null) return;
  server.kill("SIGTERM");
  await once(server, "exit");
}

async function dropDatabase(url: string) {
  const admin = new pg.Client({ connectionString: withDatabaseName(url, "postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

async function sampleSlugs(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const practice = await client.query(
      `SELECT "slug" FROM "Practice" WHERE "status" = 'PUBLISHED' ORDER BY "id" LIMIT 1`,
    );
    const region = await client.query(`SELECT r."slug" FROM "Region" r ORDER BY r."id" LIMIT 1 OFFSET 2`);
    return {
      practice: practice.rows[0].slug as string,
      region: region.rows[0].slug as string,
      busy: await seedBusySheet(client),
    };
  } finally {
    await client.end();
  }
}

/** The largest single process of the one-worker server so far (VmHWM), in MB. */
function serverPeakMb() {
  memory.sample();
  return Math.round(memory.report("server").processPeak / 1024 / 1024);
}

async function runScenarios(baseUrl: string | string[], scenarios: Scenario[]) {
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios.filter(chosen)) {
    for (const base of [baseUrl].flat()) await warm(base, scenario, 10);
    const result = await measure(baseUrl, scenario, options);
    const peakMb = serverPeakMb();
    console.log(
      `  ${result.name.padEnd(34)} ${result.rps.toFixed(0).padStart(6)} req/s  p95 ${result.p95.toFixed(0)} ms  (1 conn p95 ${result.probeP95.toFixed(1)} ms)  errori ${result.errors}  (load ${os.loadavg()[0]!.toFixed(1)}, picco server ${peakMb} MB)`,
    );
    results.push(result);
  }
  return results;
}
