// npx tsx scripts/bench/memory-soak.ts [--rounds 6] [--urls 400] [--imports 1] [--signins 20]
//   [--snapshots DIR] [--dist .next-bench] [--no-build] [--run-id soak] [--env NAME=VALUE …]
// Is a server worker's memory growth retention or a leak? Serves the production build with one
// worker (scripts/serve.ts, run with --expose-gc) on a database of its own, then repeats rounds of
// requests for addresses never asked before — listing filter combinations, API queries, sheets,
// regions and entities that do not exist (404), sign-in pages with new `next` targets and failed
// sign-ins with new e-mails — plus every sheet page and imports of a ~9 MB CSV through the admin
// upload. After each round the worker collects garbage and prints its process.memoryUsage()
// (SIGUSR2, see serve.ts): the heap that survives a full GC is what something retains.
// The summary states per round the heap after GC and the RSS, and whether they plateau (growth
// that stops once the bounded caches are full: retention) or keep growing with new addresses (a
// leak). --snapshots DIR also writes a V8 heap snapshot after each round's GC (--heapsnapshot-signal)
// for scripts/bench/heap-diff.ts. --env passes variables to the server (e.g. CACHE_MEMORY_MB=10).
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../../lib/prisma-client.ts";
import { FIELD_NAMES } from "../../lib/practices/practice-fields.ts";
import { createSession } from "../../lib/auth/session-store.ts";
import { createUser } from "../../lib/users/create-user.ts";
import { ensureBuild, serveArgs, waitForServer } from "../lib/build.ts";
import { findFreePort } from "../lib/embedded-postgres.ts";
import { prepareDatabase } from "../lib/prepare-database.ts";
import { openTestDatabase } from "../lib/test-database.ts";

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "6" },
    urls: { type: "string", default: "400" },
    imports: { type: "string", default: "1" },
    signins: { type: "string", default: "20" },
    snapshots: { type: "string" },
    dist: { type: "string", default: ".next-bench" },
    env: { type: "string", multiple: true, default: [] },
    "no-build": { type: "boolean", default: false },
    "run-id": { type: "string", default: "soak" },
  },
});
const rounds = Number(values.rounds);
const extraEnv = Object.fromEntries(values.env.map((pair) => pair.split("=", 2) as [string, string]));
const snapshotDir = values.snapshots ? path.resolve(values.snapshots) : undefined;
const MB = 1024 * 1024;

const db = await openTestDatabase(values["run-id"]);
const prisma = createPrismaClient(db.url);
let server: ReturnType<typeof spawn> | undefined;
try {
  await prepareDatabase(db.url);
  const user = await createUser(prisma, {
    email: "soak@test.local",
    password: "prova-memoria-2026",
    name: "Prova Memoria",
    role: "EDITOR",
  });
  const { token } = await createSession(prisma, user.id, {});
  const regions = (await prisma.region.findMany({ select: { slug: true } })).map((r) => r.slug);
  const areas = (await prisma.term.findMany({ where: { vocabulary: "AREA" }, select: { slug: true } })).map(
    (t) => t.slug,
  );
  const slugs = (await prisma.practice.findMany({ where: { status: "PUBLISHED" }, select: { slug: true } })).map(
    (p) => p.slug,
  );

  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { ...process.env, DATABASE_URL: db.url, NODE_ENV: "production" as const, SITE_URL: base };
  if (!values["no-build"]) await ensureBuild(values.dist, env);
  if (snapshotDir) mkdirSync(snapshotDir, { recursive: true });
  const nodeOptions = [
    extraEnv.NODE_OPTIONS ?? "",
    "--expose-gc",
    ...(snapshotDir ? ["--heapsnapshot-signal=SIGUSR1", `--diagnostic-dir=${snapshotDir}`] : []),
  ].join(" ");
  // TRUST_PROXY=1: each sign-in's X-Forwarded-For is a new client, hashed, as the soak intends.
  server = spawn(process.execPath, serveArgs(port, "127.0.0.1"), {
    stdio: ["ignore", "pipe", "inherit"],
    env: {
      ...env,
      NEXT_DIST_DIR: values.dist,
      WEB_CONCURRENCY: "1",
      TRUST_PROXY: "1",
      ...extraEnv,
      NODE_OPTIONS: nodeOptions,
    },
  });
  const reports: ((line: string) => void)[] = [];
  let output = "";
  server.stdout!.on("data", (data: Buffer) => {
    output += data;
    const lines = output.split("\n");
    output = lines.pop()!;
    for (const line of lines) {
      if (line.startsWith("memoria ")) reports.shift()?.(line.slice(8));
      else if (line.trim()) console.log(`  server: ${line.slice(0, 300)}`);
    }
  });
  await waitForServer(base);

  const memory = () =>
    new Promise<Record<string, number>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("nessuna risposta da SIGUSR2")), 60_000);
      reports.push((json) => {
        clearTimeout(timer);
        resolve(JSON.parse(json));
      });
      server!.kill("SIGUSR2");
    });
  const figures: Figure[] = [];
  let workerPid: number | undefined;
  const row = async (phase: string) => {
    const m = await memory();
    if (workerPid && m.pid !== workerPid)
      console.log(`  worker ${workerPid} was replaced by ${m.pid} (it died, or passed SERVER_RECYCLE_RSS_MB)`);
    workerPid = m.pid;
    const mb = (n: number | undefined) => ((n ?? 0) / MB).toFixed(0).padStart(5);
    figures.push({ phase, pid: m.pid, heap: (m.heapUsed ?? 0) / MB, rss: (m.rss ?? 0) / MB });
    console.log(
      `${phase.padEnd(22)} | ${mb(m.rss)} | ${mb(m.heapUsed)} | ${mb(m.heapTotal)} | ${mb(m.external)} | ${mb(m.arrayBuffers)} | ${(loadavg()[0] ?? 0).toFixed(1)}`,
    );
    if (snapshotDir && m.pid) await heapSnapshot(m.pid, phase);
  };
  const heapSnapshot = async (pid: number, phase: string) => {
    const before = new Set(readdirSync(snapshotDir!));
    process.kill(pid, "SIGUSR1");
    // V8 writes the snapshot on the worker's thread: once the file stops growing and the worker
    // answers a request again, it is complete.
    for (let last = -1; ;) {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const file = readdirSync(snapshotDir!).find((name) => !before.has(name) && name.endsWith(".heapsnapshot"));
      if (!file) continue;
      const size = statSync(path.join(snapshotDir!, file)).size;
      if (size > 0 && size === last && (await get("/api/health").catch(() => 0)) > 0) {
        console.log(`  snapshot ${phase}: ${file} (${(size / MB).toFixed(0)} MB)`);
        return;
      }
      last = size;
    }
  };

  const get = async (path: string, init?: RequestInit) => {
    const response = await fetch(base + path, init);
    await response.arrayBuffer();
    return response.status;
  };
  const inParallel = async (paths: string[], concurrency = 6) => {
    let next = 0;
    const failures: string[] = [];
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < paths.length) {
          const path = paths[next++] ?? "";
          const status = await get(path).catch(() => 0);
          if (status >= 500 || status === 0) failures.push(`${status} ${path}`);
        }
      }),
    );
    if (failures.length) console.log(`  ${failures.length} errori, p.es. ${failures[0]}`);
  };
  const csv = importFile(9 * MB);
  const upload = async () => {
    const form = new FormData();
    form.append("file", new Blob([csv], { type: "text/csv" }), "soak.csv");
    const response = await fetch(`${base}/api/admin/import`, {
      method: "POST",
      headers: { Cookie: `sessione_admin=${token}`, Accept: "application/json", Origin: base },
      body: form,
    }).catch((error: Error) => error);
    if (response instanceof Error) return console.log(`  import: no answer (${response.message}): worker died?`);
    const body = await response.text();
    if (response.status !== 200) console.log(`  import: ${response.status} ${body.slice(0, 120)}`);
  };
  // A failed sign-in as the form posts it without JavaScript: the page's hidden fields (the
  // action's reference and state) plus an e-mail never seen before.
  const signIn = async (n: number) => {
    const page = await fetch(`${base}/admin/login?next=${encodeURIComponent(`/admin/pratiche?soak=${n}`)}`);
    const html = await page.text();
    const form = new FormData();
    for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g))
      form.append(name!.replace(/&quot;/g, '"'), (value ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&"));
    form.append("email", `sconosciuto-${n}@soak.test`);
    form.append("password", `sbagliata-${n}`);
    const response = await fetch(`${base}/admin/login`, {
      method: "POST",
      headers: { Origin: base, "X-Forwarded-For": `10.0.${(n >> 8) & 255}.${n & 255}` },
      body: form,
      redirect: "manual",
    });
    await response.arrayBuffer();
    if (response.status >= 500) console.log(`  sign-in: ${response.status}`);
  };

  console.log(`\nMemory soak — ${new Date().toISOString()}, env ${JSON.stringify(extraEnv)}`);
  console.log(
    `${rounds} rounds of ${values.urls} listing + ${Number(values.urls) / 4} API + ${Number(values.urls) / 4} not-found ` +
      `+ ${values.signins} sign-in addresses (all new), ${slugs.length} sheets, ${values.imports} × 9 MB import`,
  );
  console.log("phase (after full GC)  |   RSS |  heap | heapT |  ext  | arrBuf | load (MB; load 1m)");
  await row("started");
  let seed = 0;
  const words = ["anziani", "spesa", "telefono", "scuola", "pasti", "volontari", "farmaci", "ascolto"];
  const sorts = ["rilevanza", "titolo", "regione", "operatori"];
  const types = ["nuovo", "rafforzato", "misto"];
  for (let round = 1; round <= rounds; round++) {
    const listing = Array.from({ length: Number(values.urls) }, () => {
      seed++;
      const q = `${words[seed % words.length]} ${seed}`;
      const facets = [`regione=${regions[seed % regions.length]}`, `area=${areas[(seed * 3) % areas.length]}`];
      if (seed % 2) facets.push(`tipo=${types[seed % types.length]}`);
      return `/pratiche?${facets.join("&")}&q=${encodeURIComponent(q)}&ordina=${sorts[seed % sorts.length]}&pagina=${1 + (seed % 3)}`;
    });
    const quarter = listing.slice(0, listing.length / 4);
    const api = quarter.map((path) => path.replace("/pratiche?", "/api/v1/pratiche?"));
    const missing = quarter.map((_, i) => `/${["pratiche", "regioni", "enti"][i % 3]}/inesistente-${round}-${i}`);
    await inParallel([
      ...listing,
      ...api,
      ...missing,
      ...slugs.map((slug) => `/pratiche/${slug}`),
      "/",
      "/statistiche",
    ]);
    for (let i = 0; i < Number(values.signins); i++) await signIn(round * 10_000 + i);
    for (let i = 0; i < Number(values.imports); i++) await upload();
    await row(`round ${round}`);
  }
  await new Promise((resolve) => setTimeout(resolve, 15_000));
  await row("after 15 s idle");
  summarise(figures.filter((f) => f.phase.startsWith("round ")));
} finally {
  if (server && server.exitCode === null) server.kill("SIGTERM");
  await prisma.$disconnect();
  await db.stop();
}
process.exit(0);

type Figure = { phase: string; pid?: number; heap: number; rss: number };

/**
 * Plateau or growth: the heap after GC and the RSS over the second half of the rounds, when the
 * bounded caches have had the first half to fill. Growth of more than 2 MB of heap per round of
 * new addresses after that is something kept per address. Rounds that measured a replaced worker's
 * successor start from empty caches, so they give no verdict.
 */
function summarise(rows: Figure[]) {
  if (rows.length < 4) return;
  const replaced = rows.findIndex((r) => r.pid !== rows[0]!.pid);
  if (replaced > 0) {
    console.log(
      `\nheap after GC: ${rows.map((r) => r.heap.toFixed(0)).join(" → ")} MB\n` +
        `Verdict: none — the worker was replaced before ${rows[replaced]!.phase} (SERVER_RECYCLE_RSS_MB), so the rounds measure two processes; rerun with --env SERVER_RECYCLE_RSS_MB=0 to follow one.`,
    );
    return;
  }
  const half = Math.floor(rows.length / 2);
  const perRound = (key: "heap" | "rss", from: number) =>
    (rows.at(-1)![key] - rows[from - 1]![key]) / (rows.length - from);
  const line = (key: "heap" | "rss") =>
    `${key === "heap" ? "heap after GC" : "RSS"}: ${rows.map((r) => r[key].toFixed(0)).join(" → ")} MB; ` +
    `rounds 1→${half}: ${perRound(key, 1).toFixed(1)} MB/round, ${half}→${rows.length}: ${perRound(key, half).toFixed(1)} MB/round`;
  console.log(`\n${line("heap")}\n${line("rss")}`);
  const growth = perRound("heap", half);
  console.log(
    growth > 2
      ? `Verdict: GROWTH — the heap after GC still grows ${growth.toFixed(1)} MB per round of new addresses once the caches are full.`
      : `Verdict: PLATEAU — the heap after GC grows ${growth.toFixed(1)} MB per round once the caches are full (≤ 2 MB: retention, not a leak).`,
  );
}

/** A CSV of about `bytes` of plausible sheets (the import's columns; every row checked in full). */
function importFile(bytes: number) {
  const rows = [FIELD_NAMES.join(";")];
  const long = "Servizio di consegna a domicilio di spesa e farmaci per anziani soli, con volontari. ".repeat(8);
  let length = 0;
  for (let j = 0; length < bytes && j < 20_000; j++) {
    {
      const cell: Record<string, string> = {
        codice: `SOAK-${j}`,
        titolo: `Pratica di prova ${j}`,
        sintesi: "Una pratica di prova per misurare la memoria.",
        descrizione: long,
        tipo_servizio: "nuovo",
        aree_utenza: "anziani",
        ente_nome: `Comune di Prova ${j % 50}`,
        ente_tipo: "comune",
        regione: "lombardia",
        stato: "bozza",
      };
      rows.push(FIELD_NAMES.map((name) => cell[name] ?? "").join(";"));
      length += (rows.at(-1) ?? "").length + 1;
    }
  }
  return rows.join("\n");
}
