import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test } from "./support/test";
import { freePort } from "./support/extra-instance";
import pg from "pg";
import { appConnectionName } from "../../lib/prisma-client";
import {
  PROXY_POOL_SIZE,
  SEARCH_POOL_SIZE,
  proxyConnectionName,
  searchConnectionName,
} from "../../lib/server/connection-budget";
import { processTree } from "../../scripts/bench/memory";

// The production server's workers (scripts/serve.ts) on a server of their own: one worker that the
// primary replaces whenever its memory passes a threshold set absurdly low here, so that it is
// replaced again and again under load; and the database connections each worker really opens,
// against what the connection budget (lib/server/connection-budget.ts) counts for it.

async function startServer(env: Record<string, string>) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  const server = spawn(
    process.execPath,
    [path.resolve("scripts/serve.ts"), "--port", String(port), "--hostname", "127.0.0.1"],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_ENV: "production", WEB_CONCURRENCY: "1", SITE_URL: url, ...env },
    },
  );
  server.stdout!.on("data", (chunk) => (output += chunk));
  server.stderr!.on("data", (chunk) => (output += chunk));
  await expect
    .poll(async () => (await fetch(`${url}/api/health`).catch(() => null))?.status, {
      timeout: 90_000,
      intervals: [250],
    })
    .toBe(200);
  return { server, url, output: () => output };
}

async function stop(server: ChildProcess) {
  if (server.exitCode !== null) return;
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
}

/** GETs over keep-alive connections (which is where a worker that goes away could lose requests). */
function get(agent: http.Agent, url: string) {
  return new Promise<number>((resolve, reject) => {
    http
      .get(url, { agent }, (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

async function load(
  base: string,
  paths: (i: number) => string,
  { concurrency, ms }: { concurrency: number; ms: number },
) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const failures: string[] = [];
  let done = 0;
  let i = 0;
  const until = Date.now() + ms;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        const path = paths(i++);
        const status = await get(agent, base + path).catch((error: Error) => error.message);
        if (status !== 200) failures.push(`${status} ${path}`);
        done++;
      }
    }),
  );
  agent.destroy();
  return { done, failures };
}

test("a worker over its memory threshold is replaced under load without losing a request", async () => {
  test.setTimeout(240_000);
  const { server, url, output } = await startServer({ SERVER_RECYCLE_RSS_MB: "1", SERVER_MEMORY_CHECK_MS: "1000" });
  try {
    const pages = ["/", "/pratiche", "/api/v1/pratiche?area=anziani", "/prova-carico/statica"];
    const result = await load(url, (i) => pages[i % pages.length]!, { concurrency: 6, ms: 45_000 });
    const replaced = output().match(/ne avvio un altro al suo posto/g)?.length ?? 0;
    console.log(`${result.done} richieste, ${replaced} sostituzioni`);
    expect(replaced, output()).toBeGreaterThanOrEqual(2);
    expect(result.failures, output()).toEqual([]);
    expect(result.done).toBeGreaterThan(50);
    expect(output()).not.toMatch(/terminato \(/);
  } finally {
    await stop(server);
  }
});

test("each worker opens at most DATABASE_POOL_SIZE connections for pages and route handlers together, SEARCH_POOL_SIZE for text searches and PROXY_POOL_SIZE for the proxy", async () => {
  test.setTimeout(180_000);
  const poolSize = 3;
  const { server, url } = await startServer({ DATABASE_POOL_SIZE: String(poolSize), SERVER_RECYCLE_RSS_MB: "0" });
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    let most = 0;
    let mostSearch = 0;
    let mostProxy = 0;
    let sampling = true;
    // The spawned server's processes only (the suite's own server shares the database).
    const busiest = async (name: (pid: number) => string) => {
      const names = processTree(server.pid!).map(name);
      const { rows } = await client.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM pg_stat_activity WHERE application_name = ANY($1)
         GROUP BY application_name ORDER BY 1 DESC LIMIT 1`,
        [names],
      );
      return rows[0]?.count ?? 0;
    };
    const sampler = (async () => {
      while (sampling) {
        most = Math.max(most, await busiest(appConnectionName));
        mostSearch = Math.max(mostSearch, await busiest(searchConnectionName));
        mostProxy = Math.max(mostProxy, await busiest(proxyConnectionName));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    // Uncached pages and API answers at once (different words or pages every time): both kinds of
    // route want connections together. Text searches read through the search pool; listings
    // without words read through the app pool, so a third of the load is those; the proxy checks
    // their vocabulary terms for aliases through its own pool.
    const words = ["anziani", "spesa", "telefono", "pasti", "volontari", "farmaci"];
    const regions = ["lombardia", "lazio", "puglia", "veneto"];
    const result = await load(
      url,
      (i) =>
        i % 3 === 2
          ? `/pratiche?regione=${regions[i % regions.length]}&area=anziani&pagina=${i}`
          : `${i % 3 ? "/pratiche" : "/api/v1/pratiche"}?q=${encodeURIComponent(`${words[i % words.length]} ${i}`)}`,
      { concurrency: 16, ms: 20_000 },
    );
    sampling = false;
    await sampler;
    expect(result.failures).toEqual([]);
    // Proof the load needed the whole pool, then that no process went past it.
    expect(most).toBeGreaterThanOrEqual(poolSize);
    expect(most).toBeLessThanOrEqual(poolSize);
    expect(mostSearch).toBeGreaterThan(0);
    expect(mostSearch).toBeLessThanOrEqual(SEARCH_POOL_SIZE);
    expect(mostProxy).toBeGreaterThan(0);
    expect(mostProxy).toBeLessThanOrEqual(PROXY_POOL_SIZE);
  } finally {
    await client.end();
    await stop(server);
  }
});

test("a worker serves with the configuration the build resolved, compiled to JavaScript, with the memory settings, without Next's native compiler", async () => {
  test.setTimeout(120_000);
  const { server, url } = await startServer({ SERVER_RECYCLE_RSS_MB: "0" });
  try {
    const response = await fetch(`${url}/pratiche`);
    expect(response.status).toBe(200);
    // Headers from next.config.ts, compiled by the build.
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("content-security-policy")).toContain("script-src");
    const [worker] = processTree(server.pid!).slice(1);
    expect(worker).toBeDefined();
    const maps = readFileSync(`/proc/${worker}/maps`, "utf8");
    expect(maps).toMatch(/\/node\n/); // the worker's own map, Node's binary in it
    // Loaded only to transpile next.config.ts: 26 MB resident in each worker, and no page needs it.
    expect(maps).not.toMatch(/next-swc/);
    // The server's own modules and the cache handlers run compiled (scripts/lib/compile-worker.ts):
    // one .ts file would load Node's TypeScript stripper into the worker, 17 MB resident.
    const command = readFileSync(`/proc/${worker}/cmdline`, "utf8").split("\0");
    expect(command.find((arg) => arg.endsWith(".mjs"))).toMatch(/\/server-js\/[0-9a-f]{12}\/serve\.mjs$/);
    // scripts/lib/worker-runtime.ts: the young generation and the compiler tiers a worker runs with.
    expect(command).toEqual(expect.arrayContaining(["--max-semi-space-size=8", "--no-maglev"]));
    const health = (await (await fetch(`${url}/api/health`)).json()) as { cacheSync: string };
    expect(health.cacheSync).toBe("in ascolto"); // started by the compiled cache handlers
  } finally {
    await stop(server);
  }
});
