// The production server: one Next.js worker per core (node:cluster, WEB_CONCURRENCY to override),
// each serving the build in NEXT_DIST_DIR (.next) behind layers of our own — bounded request
// bodies and timeouts, the nonce that lets the framework's inline scripts run under a strict CSP,
// gzip/brotli compression, public pages asked before answered from memory (lib/server/response-cache.ts),
// and HTTP 429 for public forms refused by a submission limit.
// Run by `npm start`, the tests and the benchmark with plain Node (types stripped, no tsx):
//   node scripts/serve.ts --port 3000 [--hostname 0.0.0.0]
// A dead worker is replaced; SIGTERM/SIGINT close the listeners and let requests finish.
// Before forking, workers × database connections per worker is checked against PostgreSQL's
// max_connections (lib/server/connection-budget.ts).
// Workers get a bounded heap, no Maglev and glibc's MALLOC_ARENA_MAX=2 (scripts/lib/worker-runtime.ts):
// 250–300 MB under the benchmark's load, more during large imports (BENCHMARKS.md). They run this file
// and the cache handlers compiled to JavaScript by the primary (scripts/lib/compile-worker.ts), and
// read the configuration `next build` resolved rather than transpiling next.config.ts again
// (scripts/lib/built-next-config.ts).
// A worker whose resident memory passes SERVER_RECYCLE_RSS_MB is replaced without losing a request:
// its successor is forked and listening first, then the old one stops accepting connections, answers
// what it was given with `Connection: close` and exits once its connections are done.
import cluster, { type Worker } from "node:cluster";
import { createServer, get, request, type IncomingMessage, type ServerResponse } from "node:http";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import compression from "compression";
import next from "next";
import { CLIENT_ADDRESS_HEADER, requestClientAddress } from "../lib/auth/client-address.ts";
import { env, siteUrlWarning } from "../lib/env.ts";
import { checkConnectionBudget } from "../lib/server/connection-budget.ts";
import { noncePages } from "../lib/server/nonce-pages.ts";
import {
  announcedTooLarge,
  limitRequestBody,
  SERVER_TIMEOUTS,
  type SessionCheck,
} from "../lib/server/request-limits.ts";
import { refuseMalformedPath } from "../lib/server/malformed-path.ts";
import { responseCache } from "../lib/server/response-cache.ts";
import { tooManyRequests } from "../lib/server/too-many-requests.ts";
import { untrustedProxyWarner } from "../lib/server/untrusted-proxy.ts";
import { adoptBuiltNextConfig, builtDistDir } from "./lib/built-next-config.ts";
import { requireDatabase } from "./lib/serve-database.ts";
import { workerHeapFlags, workerJitFlags, workerMallocEnv } from "./lib/worker-runtime.ts";

const { values } = parseArgs({ options: { port: { type: "string" }, hostname: { type: "string" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? "0.0.0.0";
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY) || os.availableParallelism());
// Above the working set measured under the benchmark (≤ 390 MB, BENCHMARKS.md): a bound on growth,
// not a target.
const DEFAULT_RECYCLE_RSS_MB = 450;
const MEMORY_CHECK_MS = Number(process.env.SERVER_MEMORY_CHECK_MS) || 5_000;
const SESSION_CHECK_TIMEOUT_MS = 10_000;
const SUSTAINED_REPORTS = 3;

if (cluster.isPrimary) {
  // Workers inherit DATABASE_URL: refused here, once, with the reason, rather than a 500 per request.
  const database = await requireDatabase();
  process.env.DATABASE_URL = database.url;
  // Workers × connections per worker must fit in what PostgreSQL allows (README, Scaling): refused
  // when this instance alone would not fit, a warning when it would not beside those already open.
  const budget = checkConnectionBudget(workers, env().DATABASE_POOL_SIZE, database.limits);
  if (budget) console.error(budget.message);
  if (budget?.refuse) process.exit(1);
  // Once here rather than in each worker: links would point to this machine, and nothing else says so.
  const siteWarning = siteUrlWarning();
  if (siteWarning) console.warn(siteWarning);
  let stopping = false;
  const restarts: number[] = [];
  const compiled = await compiledWorker();
  cluster.setupPrimary({
    ...(compiled && { exec: path.join(compiled, "serve.mjs") }),
    execArgv: [...process.execArgv, ...workerHeapFlags(), ...workerJitFlags()],
  });
  const fork = (successor = false) =>
    cluster.fork({
      ...workerMallocEnv(),
      ...(compiled && { SERVER_JS_DIR: compiled }),
      ...(successor ? { SERVER_SUCCESSOR: "1" } : {}),
    });
  for (let i = 0; i < workers; i++) fork();
  const recycleBytes = Number(process.env.SERVER_RECYCLE_RSS_MB ?? DEFAULT_RECYCLE_RSS_MB) * 1024 * 1024;
  const retiring = new Set<number>();
  // Reports in a row over the threshold, per worker: a sign-in's password hash alone (scrypt,
  // 128 MiB for 0.3 s, one at a time) or an import's worker thread passes it for a moment.
  const over = new Map<number, number>();
  // Successors not yet listening, with the worker each replaces.
  const pending = new Map<number, Worker>();
  const recycle = (old: Worker, rss: number) => {
    retiring.add(old.id);
    console.error(
      `Processo ${old.process.pid}: ${Math.round(rss / 1024 / 1024)} MB di memoria, oltre ${recycleBytes / 1024 / 1024} MB: ne avvio un altro al suo posto.`,
    );
    const successor = fork(true);
    pending.set(successor.id, old);
    successor.once("listening", () => {
      pending.delete(successor.id);
      old.send("retire");
    });
  };
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    over.delete(worker.id);
    if (retiring.delete(worker.id)) return;
    // A successor that died before listening: the old worker keeps serving; its next report retries.
    const replaced = pending.get(worker.id);
    if (replaced) {
      pending.delete(worker.id);
      retiring.delete(replaced.id);
      console.error(`Il processo che doveva sostituire ${replaced.process.pid} è terminato prima di essere pronto.`);
      return;
    }
    const now = Date.now();
    restarts.push(now);
    while ((restarts[0] ?? now) < now - 60_000) restarts.shift();
    if (restarts.length > workers * 5) {
      console.error("Troppi riavvii dei processi del server in un minuto: mi fermo.");
      process.exit(1);
    }
    console.error(`Processo ${worker.process.pid} terminato (${signal ?? code}); ne avvio un altro.`);
    fork();
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    const timer = setTimeout(() => process.exit(0), 10_000);
    timer.unref();
    cluster.on("exit", () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  // `kill -USR2 <pid>`: every worker prints its memory (scripts/bench/memory-soak.ts reads it).
  process.on("SIGUSR2", () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.send("memory");
  });
  let ready = 0;
  cluster.on("message", (worker, message: unknown) => {
    const rss = (message as { rss?: unknown } | null)?.rss;
    if (typeof rss === "number" && recycleBytes > 0) {
      const count = rss > recycleBytes ? (over.get(worker.id) ?? 0) + 1 : 0;
      over.set(worker.id, count);
      if (count >= SUSTAINED_REPORTS && !retiring.has(worker.id) && !stopping) recycle(worker, rss);
    }
    if (message === "ready" && ++ready === workers)
      console.log(`Pronto su http://${hostname}:${port} (${workers} ${workers === 1 ? "processo" : "processi"}).`);
  });
} else {
  // Next compares rewrites from proxy.ts with "http://localhost:<port>"; any other name here makes
  // it forward such requests to itself over HTTP. The bind address is the listener's business.
  adoptBuiltNextConfig();
  const app = next({ dev: false, dir: process.cwd(), port });
  const handle = app.getRequestHandler();
  const compress = compression();
  await app.prepare();
  let retiring = false;
  const uploadSession = sessionCheck(["0.0.0.0", "::"].includes(hostname) ? "127.0.0.1" : hostname, port);
  const trustProxy = env().TRUST_PROXY === "1";
  const proxyWarning = untrustedProxyWarner(trustProxy);
  const serve = (req: IncomingMessage, res: ServerResponse) => {
    if (retiring) res.shouldKeepAlive = false;
    const warning = proxyWarning(req);
    if (warning) console.warn(warning);
    // Set on every request, over anything the client sent under the same name.
    const address = requestClientAddress(req, trustProxy);
    if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;
    else delete req.headers[CLIENT_ADDRESS_HEADER];
    refuseMalformedPath(req, res, () =>
      limitRequestBody(
        req,
        res,
        () =>
          compress(req as never, res as never, () =>
            noncePages(req, res, () =>
              responseCache(req, res, () =>
                tooManyRequests(req, res, () => {
                  handle(req, res).catch((error: unknown) => {
                    console.error(error);
                    if (!res.headersSent) res.statusCode = 500;
                    res.end();
                  });
                }),
              ),
            ),
          ),
        uploadSession,
      ),
    );
  };
  const server = createServer(SERVER_TIMEOUTS, serve);
  // A client announcing too large a body with `Expect: 100-continue` is refused before sending it.
  server.on("checkContinue", (req, res) => {
    if (!announcedTooLarge(req)) res.writeContinue();
    serve(req, res);
  });
  // A successor answers a few requests on a private port before it takes the old worker's place:
  // cold, on a busy machine, its first requests block the event loop long enough for the proxy's
  // database probe to time out (503s were seen in tests/e2e/server-workers.spec.ts).
  if (process.env.SERVER_SUCCESSOR === "1") await warmUp(serve);
  server.listen(port, hostname, () => process.send?.("ready"));
  setInterval(() => process.send?.({ rss: process.memoryUsage.rss() }), MEMORY_CHECK_MS).unref();
  process.on("message", (message) => {
    if (message === "retire") {
      retiring = true;
      // Stop accepting (the primary sends new connections to the successor). Connections open now
      // are not cut: one idle this instant may be carrying a request already. They close after
      // their next answer (Connection: close) or after the keep-alive timeout their client was told.
      server.closeIdleConnections = () => {};
      server.close(() => process.exit(0));
      setTimeout(() => process.exit(0), 30_000).unref();
      return;
    }
    if (message !== "memory") return;
    // With --expose-gc (NODE_OPTIONS), garbage is collected first: what remains is retained.
    (globalThis as { gc?: () => void }).gc?.();
    console.log(`memoria ${JSON.stringify({ pid: process.pid, ...process.memoryUsage() })}`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

/**
 * Whether a Cookie header carries a session that may upload: asked of the site itself (the editor
 * drafts route answers HEAD 204 to a signed-in editor, 401 otherwise), so the check is the app's
 * own, on its own pool, with no connection of its own here.
 */
function sessionCheck(host: string, port: number): SessionCheck {
  return (cookie) =>
    new Promise((resolve) => {
      const probe = request(
        {
          method: "HEAD",
          host,
          port,
          path: "/api/admin/bozze",
          headers: { cookie, host: `localhost:${port}` },
        },
        (response) => {
          response.resume();
          resolve((response.statusCode ?? 500) < 300);
        },
      );
      probe.setTimeout(SESSION_CHECK_TIMEOUT_MS, () => probe.destroy());
      probe.on("error", () => resolve(false));
      probe.end();
    });
}

/** The worker's modules compiled to JavaScript (scripts/lib/compile-worker.ts), or undefined. */
async function compiledWorker() {
  try {
    // Imported here only: the workers, which run the compiled file, never load the compiler.
    const { compileWorker } = await import("./lib/compile-worker.ts");
    return await compileWorker(builtDistDir());
  } catch (error) {
    console.error("Compilazione dei moduli del server non riuscita: i processi caricano i file .ts.", error);
    return undefined;
  }
}

async function warmUp(serve: (req: IncomingMessage, res: ServerResponse) => void) {
  const warm = createServer(SERVER_TIMEOUTS, serve);
  // exclusive: this worker's own port, not one shared through the cluster's primary.
  await new Promise<void>((resolve) => warm.listen({ port: 0, host: "127.0.0.1", exclusive: true }, resolve));
  const warmPort = (warm.address() as AddressInfo).port;
  for (const path of ["/api/health", "/", "/pratiche", "/api/v1/pratiche"])
    await new Promise<void>((resolve) =>
      get({ host: "127.0.0.1", port: warmPort, path, headers: { host: `localhost:${port}` } }, (response) => {
        response.resume();
        response.on("end", resolve);
      }).on("error", () => resolve()),
    );
  warm.closeAllConnections();
  await new Promise((resolve) => warm.close(resolve));
}
