// npx tsx scripts/bench/memory-soak.ts [--rounds 4] [--urls 400] [--imports 2] [--dist .next-bench]
//   [--no-build] [--run-id soak] [--env NAME=VALUE …]   (--env NODE_OPTIONS=--expose-gc: figures after a full GC)
// Is a server worker's memory growth retention or a leak? Serves the production build with one
// worker (scripts/serve.ts) on a database of its own, then repeats rounds of: many different
// listing and API addresses (every one a new cache entry), every sheet page, and imports of a
// ~9 MB CSV through the admin upload. After each round, and after a pause, the worker prints its
// process.memoryUsage() (SIGUSR2, see serve.ts). Growth that stops once the caches are full is
// retention; growth that goes on round after round is a leak. --env passes variables to the
// server (e.g. MALLOC_ARENA_MAX=8, SERVER_HEAP_MB=0, CACHE_MEMORY_MB=10) to compare settings.
import { spawn } from "node:child_process";
import { loadavg } from "node:os";
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
    rounds: { type: "string", default: "4" },
    urls: { type: "string", default: "400" },
    imports: { type: "string", default: "2" },
    dist: { type: "string", default: ".next-bench" },
    env: { type: "string", multiple: true, default: [] },
    "no-build": { type: "boolean", default: false },
    "run-id": { type: "string", default: "soak" },
  },
});
const rounds = Number(values.rounds);
const extraEnv = Object.fromEntries(values.env.map((pair) => pair.split("=", 2) as [string, string]));
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
  server = spawn(process.execPath, serveArgs(port, "127.0.0.1"), {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...env, NEXT_DIST_DIR: values.dist, WEB_CONCURRENCY: "1", ...extraEnv },
  });
  const reports: ((line: string) => void)[] = [];
  let output = "";
  server.stdout!.on("data", (data: Buffer) => {
    output += data;
    const lines = output.split("\n");
    output = lines.pop()!;
    for (const line of lines) if (line.startsWith("memoria ")) reports.shift()?.(line.slice(8));
  });
  await waitForServer(base);

  const memory = () =>
    new Promise<Record<string, number>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("nessuna risposta da SIGUSR2")), 15_000);
      reports.push((json) => {
        clearTimeout(timer);
        resolve(JSON.parse(json));
      });
      server!.kill("SIGUSR2");
    });
  const row = async (phase: string) => {
    const m = await memory();
    const mb = (n: number | undefined) => ((n ?? 0) / MB).toFixed(0).padStart(5);
    console.log(
      `${phase.padEnd(22)} | ${mb(m.rss)} | ${mb(m.heapUsed)} | ${mb(m.heapTotal)} | ${mb(m.external)} | ${mb(m.arrayBuffers)} | ${(loadavg()[0] ?? 0).toFixed(1)}`,
    );
  };

  const get = async (path: string) => {
    const response = await fetch(base + path);
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
    });
    const body = await response.text();
    if (response.status !== 200) console.log(`  import: ${response.status} ${body.slice(0, 120)}`);
  };

  console.log(`\nMemory soak — ${new Date().toISOString()}, env ${JSON.stringify(extraEnv)}`);
  console.log("phase                  |   RSS |  heap | heapT |  ext  | arrBuf | load (MB; load 1m)");
  await row("started");
  let seed = 0;
  for (let round = 1; round <= rounds; round++) {
    const words = ["anziani", "spesa", "telefono", "scuola", "pasti", "volontari", "farmaci", "ascolto"];
    const listing = Array.from({ length: Number(values.urls) }, () => {
      seed++;
      const q = `${words[seed % words.length]} ${seed}`;
      return `/pratiche?regione=${regions[seed % regions.length]}&area=${areas[(seed * 3) % areas.length]}&q=${encodeURIComponent(q)}&pagina=${1 + (seed % 3)}`;
    });
    const api = listing.slice(0, listing.length / 4).map((path) => path.replace("/pratiche?", "/api/v1/pratiche?"));
    await inParallel([...listing, ...api, ...slugs.map((slug) => `/pratiche/${slug}`), "/", "/statistiche"]);
    await row(`round ${round}: pages`);
    for (let i = 0; i < Number(values.imports); i++) await upload();
    await row(`round ${round}: imports`);
  }
  await new Promise((resolve) => setTimeout(resolve, 15_000));
  await row("after 15 s idle");
} finally {
  if (server && server.exitCode === null) server.kill("SIGTERM");
  await prisma.$disconnect();
  await db.stop();
}
process.exit(0);

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
