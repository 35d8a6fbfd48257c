// npm run audit — `npm audit --omit=dev` with a verdict: fails on any high or critical advisory in
// what the site runs; says plainly when the registry cannot be asked (an air-gapped server, or a
// mirror without the advisory endpoint) instead of passing in silence. Exit codes: 0 clean,
// 1 advisories at high/critical, 3 audit unavailable.
import { spawnSync } from "node:child_process";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const run = spawnSync(npm, ["audit", "--omit=dev", "--json"], { encoding: "utf8", timeout: 120_000 });
let report: {
  statusCode?: number;
  message?: string;
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity: string; via: unknown[] }>;
};
try {
  report = JSON.parse(run.stdout || "{}");
} catch {
  report = {};
}

const counts = report.metadata?.vulnerabilities;
if (!counts) {
  console.error(
    `npm audit non disponibile: ${withoutHost(report.message ?? run.stderr?.trim() ?? "nessuna risposta dal registro")}`,
  );
  console.error(
    "Le dipendenze NON sono state verificate: ripetere `npm run audit` da una macchina che raggiunge il registro npm pubblico (vedi README, *Reliability and security*).",
  );
  process.exit(3);
}
const serious = Object.entries(report.vulnerabilities ?? {}).filter(
  ([, entry]) => entry.severity === "high" || entry.severity === "critical",
);
console.log(
  `npm audit (dipendenze di produzione): ${Object.entries(counts)
    .map(([level, n]) => `${level} ${n}`)
    .join(", ")}`,
);
for (const [name, entry] of serious) console.log(`  ${entry.severity}: ${name}`);
process.exit(serious.length > 0 ? 1 : 0);

/** npm's message names the registry's address; the project names no registry host. */
function withoutHost(message: string) {
  return message.replace(/https?:\/\/[^/\s]+/g, "<registro npm>");
}
