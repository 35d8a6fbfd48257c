import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import type { ClientJs } from "./client-js.ts";
import type { ScenarioResult } from "./load.ts";
import { CEILING_A, CEILING_B } from "./scenarios.ts";

// Prints the run and writes it into BENCHMARKS.md between two markers, leaving the hand-written
// analysis around them untouched.

export type RunReport = {
  options: { duration: number; connections: number; probe: number };
  results: ScenarioResult[];
  memory: Record<string, { treePeak: number; processPeak: number }>;
  instances: null | { count: number; results: ScenarioResult[] };
  javascript: ClientJs[];
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

function table(results: ScenarioResult[]) {
  const a = results.find((r) => r.name === CEILING_A)?.rps ?? NaN;
  const b = results.find((r) => r.name === CEILING_B)?.rps ?? NaN;
  const rows = results.map(
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
      `"1-conn" columns and TTFB come from ${options.probe} sequential requests before it. ×A / ×B: throughput as a ratio to the ceilings of the same run.`,
    "",
    table(report.results),
    "",
    "Peak resident memory (sampled every 200 ms; tree = sum over the process and its children, process = largest single VmHWM):",
    "",
    "| process | tree peak MB | largest process MB |",
    "| --- | ---: | ---: |",
    ...Object.entries(report.memory).map(([name, m]) => `| ${name} | ${mb(m.treePeak)} | ${mb(m.processPeak)} |`),
  ];
  lines.push(
    "",
    "Client JavaScript per route (every `<script src>` of the served HTML, gzipped):",
    "",
    "| route | scripts | KB gzipped |",
    "| --- | ---: | ---: |",
    ...report.javascript.map((js) => `| \`${js.path}\` | ${js.scripts} | ${js.gzipKb.toFixed(1)} |`),
  );
  if (report.instances) {
    const single = new Map(report.results.map((r) => [r.name, r.rps]));
    lines.push(
      "",
      `### ${report.instances.count} \`next start\` processes (same build and database, connections split among them)`,
      "",
      "| scenario | req/s | p50 ms | p95 ms | p99 ms | errors | gain over one process |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
      ...report.instances.results.map(
        (r) => `| ${r.name} | ${r.rps.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.errors} | ×${(r.rps / (single.get(r.name) ?? NaN)).toFixed(2)} |`,
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
      table(report.scale.results),
    );
    for (const explain of report.scale.explains) {
      lines.push(
        "",
        `#### EXPLAIN (ANALYZE, BUFFERS) — ${explain.label} \`${JSON.stringify(explain.params)}\``,
        "",
        "<details><summary>countsQuery: " + (explain.counts.match(/Execution Time: [\d.]+ ms/)?.[0] ?? "") + "</summary>",
        "",
        "```",
        explain.counts,
        "```",
        "</details>",
        "",
        "<details><summary>pageIdsQuery: " + (explain.pageIds.match(/Execution Time: [\d.]+ ms/)?.[0] ?? "") + "</summary>",
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
