import http from "node:http";
// @ts-expect-error autocannon ships no types
import autocannon from "autocannon";
import { itemAt } from "../../lib/item-at.ts";

// One scenario's measurements: a sequential probe at one connection (latency and time to first
// byte without queueing), then autocannon at fixed connections and duration (throughput).

export type Scenario = { name: string; path: string | (() => string) };

export type ScenarioResult = {
  name: string;
  path: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  probeP50: number;
  probeP95: number;
  ttfbP50: number;
  errors: number;
  requests: number;
};

const nextPath = (scenario: Scenario) => (typeof scenario.path === "string" ? scenario.path : scenario.path());

export function percentile(values: number[], p: number) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return itemAt(sorted, Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)));
}

/** One GET, timing headers (first byte) and the whole body. */
function timedGet(baseUrl: string, path: string) {
  return new Promise<{ status: number; ttfb: number; total: number }>((resolve, reject) => {
    const started = performance.now();
    const request = http.get(new URL(path, baseUrl), { agent: false }, (response) => {
      let ttfb = 0;
      response.once("data", () => (ttfb = performance.now() - started));
      response.on("data", () => {});
      response.on("end", () => resolve({ status: response.statusCode ?? 0, ttfb, total: performance.now() - started }));
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

export async function warm(baseUrl: string, scenario: Scenario, count: number) {
  for (let i = 0; i < count; i++) await timedGet(baseUrl, nextPath(scenario));
}

/**
 * With several base URLs (one per server process) the connections are split among them and run
 * at once, as a load balancer would; the probe goes to the first.
 */
export async function measure(
  baseUrls: string | string[],
  scenario: Scenario,
  options: { connections: number; duration: number; probe: number },
): Promise<ScenarioResult> {
  const bases = Array.isArray(baseUrls) ? baseUrls : [baseUrls];
  const baseUrl = bases[0];
  if (baseUrl === undefined) throw new Error("measure: no base URL.");
  const probe: { ttfb: number; total: number }[] = [];
  let probeErrors = 0;
  for (let i = 0; i < options.probe; i++) {
    const result = await timedGet(baseUrl, nextPath(scenario));
    if (result.status >= 400) probeErrors++;
    probe.push(result);
  }

  const latencies: number[] = [];
  type Run = { requests: { total: number }; errors: number; timeouts: number; non2xx: number };
  const runs: Run[] = await Promise.all(
    bases.map((url) => {
      const instance = autocannon({
        url,
        connections: Math.max(1, Math.round(options.connections / bases.length)),
        duration: options.duration,
        requests: [{ setupRequest: (request: { path: string }) => ({ ...request, path: nextPath(scenario) }) }],
      });
      instance.on("response", (_client: unknown, _status: number, _bytes: number, time: number) =>
        latencies.push(time),
      );
      return instance;
    }),
  );
  const sum = (pick: (run: Run) => number) => runs.reduce((total, run) => total + pick(run), 0);
  const result = {
    requests: { total: sum((run) => run.requests.total) },
    errors: sum((run) => run.errors),
    timeouts: sum((run) => run.timeouts),
    non2xx: sum((run) => run.non2xx),
  };
  return {
    name: scenario.name,
    path: typeof scenario.path === "string" ? scenario.path : `${scenario.path()} (varia)`,
    rps: result.requests.total / options.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    probeP50: percentile(
      probe.map((p) => p.total),
      50,
    ),
    probeP95: percentile(
      probe.map((p) => p.total),
      95,
    ),
    ttfbP50: percentile(
      probe.map((p) => p.ttfb),
      50,
    ),
    errors: result.errors + result.timeouts + result.non2xx + probeErrors,
    requests: result.requests.total,
  };
}
