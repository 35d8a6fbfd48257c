import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import type { ClientJs, ClientJsBreakdown } from "./client-js.ts";
import type { LighthouseResult } from "./lighthouse.ts";
import type { PageBytes } from "./page-bytes.ts";
import type { ScenarioResult } from "./load.ts";
import { CEILING_A, CEILING_B } from "./scenarios.ts";

// Prints the run and writes it into BENCHMARKS.md between two markers, leaving the hand-written
// analysis around them untouched.

export type RunReport = {
  options: { duration: number; connections: number; probe: number };
  /** The bare Next app's pages (tests/bench/bare-next): every ×A / ×B refers to these. */
  ceilings: ScenarioResult[];
  results: ScenarioResult[];
  /** The site's build under a bare `next start`, for the wrapper's cost. */
  bareStart: ScenarioResult[];
  memory: Record<string, { treePeak: number; processPeak: number }>;
  instances: null | { count: number; results: ScenarioResult[] };
  javascript: ClientJs[];
  /** Page weights as served (uncompressed, payload vs markup, gzip, brotli). */
  bytes: PageBytes[];
  jsBreakdown: ClientJsBreakdown | null;
  lighthouse: LighthouseResult[] | null;
  /** NODE_OPTIONS the server processes ran with (--node-options), if any. */
  serverNodeOptions: string | null;
  scale: null | {
    count: number;
    seedSeconds: number;
    results: ScenarioResult[];
    explains: { label: string; params: Record<string, unknown>; counts: string; pageIds: string }[];
  };
};

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "–");
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

function table(results: ScenarioResult[], ceilings: ScenarioResult[]) {
  const a = ceilings.find((r) => r.name === CEILING_A)?.rps ?? NaN;
  const b = ceilings.find((r) => r.name === CEILING_B)?.rps ?? NaN;
  const rows = [...ceilings, ...results].map(
    (r) =>
      `| ${r.name} | \`${r.path}\` | ${r.rps.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.probeP50)} | ${ms(r.probeP95)} | ${ms(r.ttfbP50)} | ${r.errors} | ${(r.rps / a).toFixed(2)} | ${(r.rps / b).toFixed(2)} |`,
  );
  return [
    "| scenario | path | req/s | p50 ms | p95 ms | p99 ms | 1-conn p50 ms | 1-conn p95 ms | TTFB p50 ms (1 conn) | errors | ×A | ×B |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
}

export function renderReport(report: RunReport) {
  const { options } = report;
  const lines = [
    `Run of ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC — ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? "?"}), ` +
      `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, Node ${process.version}, ${os.platform()} ${os.release()}.`,
    `autocannon: ${options.connections} connections × ${options.duration} s per scenario; latency columns p50/p95/p99 are under that load; ` +
      `"1-conn" columns and TTFB come from ${options.probe} sequential requests before it. ×A / ×B: throughput as a ratio to the ceilings of the same run, ` +
      "measured on a bare Next app of the same version (tests/bench/bare-next: no site layout, no data, plain `next start`).",
    "",
    table(report.results, report.ceilings),
    "",
    "Peak resident memory (sampled every 200 ms; tree = sum over the process and its children, process = largest single VmHWM)" +
      (report.serverNodeOptions ? `; server processes ran with NODE_OPTIONS=\`${report.serverNodeOptions}\`` : "") +
      ":",
    "",
    "| process | tree peak MB | largest process MB |",
    "| --- | ---: | ---: |",
    ...Object.entries(report.memory).map(([name, m]) => `| ${name} | ${mb(m.treePeak)} | ${mb(m.processPeak)} |`),
  ];
  lines.push(
    "",
    "Client JavaScript per route (every `<script src>` of the served HTML, gzipped; `noModule` legacy polyfills, which modern browsers never fetch, left out):",
    "",
    "| route | scripts | KB gzipped |",
    "| --- | ---: | ---: |",
    ...report.javascript.map((js) => `| \`${js.path}\` | ${js.scripts} | ${js.gzipKb.toFixed(1)} |`),
  );
  if (report.bytes.length) lines.push("", ...renderBytes(report.bytes));
  if (report.bareStart.length) lines.push("", ...renderWrapperCost(report));
  if (report.jsBreakdown) lines.push("", ...renderJsBreakdown(report.jsBreakdown));
  if (report.lighthouse) lines.push("", ...renderLighthouse(report.lighthouse));
  if (report.instances) {
    const single = new Map(report.results.map((r) => [r.name, r.rps]));
    lines.push(
      "",
      `### scripts/serve.ts with ${report.instances.count} worker processes (node cluster; same build and database)`,
      "",
      "| scenario | req/s | p50 ms | p95 ms | p99 ms | errors | gain over one worker |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
      ...report.instances.results.map(
        (r) =>
          `| ${r.name} | ${r.rps.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.errors} | ×${(r.rps / (single.get(r.name) ?? NaN)).toFixed(2)} |`,
      ),
    );
  }
  if (report.scale) {
    lines.push(
      "",
      `### At ${report.scale.count.toLocaleString("en")} sheets`,
      "",
      `Synthetic sheets seeded in ${report.scale.seedSeconds.toFixed(1)} s (scripts/bench/synthetic.ts). Same server build, second database.`,
      "",
      table(report.scale.results, report.ceilings),
    );
    for (const explain of report.scale.explains) {
      lines.push(
        "",
        `#### EXPLAIN (ANALYZE, BUFFERS) — ${explain.label} \`${JSON.stringify(explain.params)}\``,
        "",
        "<details><summary>countsQuery: " +
          (explain.counts.match(/Execution Time: [\d.]+ ms/)?.[0] ?? "") +
          "</summary>",
        "",
        "```",
        explain.counts,
        "```",
        "</details>",
        "",
        "<details><summary>pageIdsQuery: " +
          (explain.pageIds.match(/Execution Time: [\d.]+ ms/)?.[0] ?? "") +
          "</summary>",
        "",
        "```",
        explain.pageIds,
        "```",
        "</details>",
      );
    }
  }
  return lines.join("\n");
}

const kb = (value: number) => value.toFixed(1);

function renderBytes(pages: PageBytes[]) {
  const k = (bytes: number) => (Number.isFinite(bytes) ? (bytes / 1024).toFixed(1) : "–");
  return [
    "Page weight as served (KB; the HTML uncompressed, of which the inline React payload and the markup it hydrates — the HTML without scripts —, then the same response gzip- and brotli-compressed by scripts/serve.ts):",
    "",
    "| route | HTML KB | inline payload KB | markup KB | payload ÷ markup | gzip KB | brotli KB |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...pages.map(
      (p) =>
        `| \`${p.path}\` | ${k(p.htmlBytes)} | ${k(p.payloadBytes)} | ${k(p.markupBytes)} | ${(p.payloadBytes / p.markupBytes).toFixed(2)} | ${k(p.gzipBytes)} | ${k(p.brotliBytes)} |`,
    ),
  ];
}

function renderWrapperCost(report: RunReport) {
  const served = new Map(report.results.map((r) => [r.path, r.rps]));
  return [
    "The same build under a bare `next start` (no scripts/serve.ts: no nonce insertion, no compression, no request limits) — the wrapper's cost:",
    "",
    "| page | bare next start req/s | scripts/serve.ts req/s | serve.ts ÷ bare |",
    "| --- | ---: | ---: | ---: |",
    ...report.bareStart.map((r) => {
      const wrapped = served.get(r.path) ?? NaN;
      return `| \`${r.path}\` | ${r.rps.toFixed(0)} | ${wrapped.toFixed(0)} | ${(wrapped / r.rps).toFixed(2)} |`;
    }),
  ];
}

function renderJsBreakdown(js: ClientJsBreakdown) {
  const chunk = (c: ClientJsBreakdown["baselineChunks"][number]) =>
    `\`${c.file}\` ${kb(c.gzipKb)} KB` +
    (c.labels.length || c.owners.length ? ` (${[...c.labels, ...c.owners].join(", ")})` : "");
  return [
    `Client JavaScript: framework baseline vs each route's own. Baseline = the scripts of \`${js.baseline}\` (same root layout, ` +
      `no client component of its own): ${kb(js.baselineKb)} KB gzipped (+ ${kb(js.noModuleKb)} KB of \`noModule\` polyfills only legacy browsers fetch). ` +
      `"Ours" = scripts a route loads beyond the baseline; the app's files are named from the build's client-reference manifests.`,
    "",
    "| route | total KB | baseline KB | ours KB | our chunks (gzipped, contents) |",
    "| --- | ---: | ---: | ---: | --- |",
    ...js.routes.map(
      (r) =>
        `| \`${r.path}\` | ${kb(r.totalKb)} | ${kb(r.frameworkKb)} | ${kb(r.oursKb)} | ${r.extra.map(chunk).join("; ") || "–"} |`,
    ),
    "",
    `Baseline chunks: ${js.baselineChunks.map(chunk).join("; ")}.`,
  ];
}

function renderLighthouse(results: LighthouseResult[]) {
  const lines = [
    `Lighthouse ${results[0]?.runs ?? 0}× per page (median run; default mobile config, simulated throttling; Debian Chromium headless, localhost only):`,
    "",
    "| page | path | performance (runs) | accessibility | best practices | SEO | FCP ms | LCP ms | TBT ms | CLS |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...results.map(
      (r) =>
        `| ${r.name} | \`${r.path}\` | ${r.scores.performance} (${r.performanceRuns.join("/")}) | ${r.scores.accessibility} | ${r.scores["best-practices"]} | ${r.scores.seo} | ` +
        `${r.metrics.fcp.toFixed(0)} | ${r.metrics.lcp.toFixed(0)} | ${r.metrics.tbt.toFixed(0)} | ${r.metrics.cls.toFixed(3)} |`,
    ),
  ];
  const failing = results.flatMap((r) =>
    r.failing.map(
      (f) =>
        `- ${r.name}: **${f.category}** \`${f.id}\` (${f.score.toFixed(2)}${f.displayValue ? `, ${f.displayValue}` : ""}) — ${f.title}` +
        (f.items?.length
          ? `: ${f.items.map((i) => `\`${i.replace(/`/g, "'").replace(/\s+/g, " ")}\``).join(", ")}`
          : ""),
    ),
  );
  lines.push("", failing.length ? "Audits below full score:" : "No audit below full score.", "", ...failing);
  const offsite = [...new Set(results.flatMap((r) => r.offsite))];
  if (offsite.length) lines.push("", `Requests that left localhost: ${offsite.join(", ")}`);
  const warnings = [...new Set(results.flatMap((r) => r.warnings))];
  if (warnings.length)
    lines.push("", `Lighthouse warnings: ${warnings.map((w) => w.replace(/\s+/g, " ")).join(" / ")}`);
  return lines;
}

export function writeReport(report: RunReport, { write }: { write: boolean }) {
  const body = renderReport(report);
  console.log(`\n${body.split("\n#### EXPLAIN")[0]}\n`);
  if (!write) return;
  const file = "BENCHMARKS.md";
  const current = existsSync(file) ? readFileSync(file, "utf8") : `# Benchmarks\n\n${START}\n${END}\n`;
  const before = current.includes(START) ? current.slice(0, current.indexOf(START)) : `${current}\n`;
  const after = current.includes(END) ? current.slice(current.indexOf(END) + END.length) : "\n";
  writeFileSync(file, `${before}${START}\n${body}\n${END}${after}`);
  console.log(`Scritto in ${file}.`);
}
