import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";

// Lighthouse (npm) against Debian's Chromium, headless, default config (mobile, simulated
// throttling), on a few pages of the served build. Chromium comes from CHROMIUM_PATH or the
// usual Debian paths and is never downloaded; chrome-launcher is Lighthouse's own dependency. The
// flags keep Chromium from calling home (without them it floods refused connections offline), so
// the only network traffic is to the benchmark's server on localhost. Each page runs `runs`
// times in a fresh browser; the run reported is Lighthouse's own median run (by FCP and TTI).
//
// RenderDocument stays on, as Chromium ships it: chrome-launcher turns it off for a Lighthouse
// issue with older Chromium versions (Puppeteer has since stopped turning it off).
// Off, this Chromium (156) kept its paint holding on the page Lighthouse navigates from, and any
// page that loads a font (a preloaded web font or a local() fallback face) was painted at ~0.2 s
// but shown at 1.2 or 2.2 s; Lighthouse's simulation then counted every script loaded before that
// moment as blocking the first paint. The measurement is in BENCHMARKS.md (ninth pass).

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

export type LighthouseResult = {
  name: string;
  path: string;
  runs: number;
  /** 0–100 per category, of the median run; NaN when Lighthouse could not score it. */
  scores: Record<Category, number>;
  /** Performance score of every run, to show the spread. */
  performanceRuns: number[];
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
  /** Audits that scored below 1 (and count towards a category), per category. */
  failing: { category: Category; id: string; title: string; score: number; displayValue?: string; items?: string[] }[];
  /** Every URL the page requested, to check that nothing left localhost. */
  offsite: string[];
  warnings: string[];
};

const CHROME_FLAGS = [
  // chrome-launcher's defaults (no background networking, sync, extensions or first-run UI), but
  // for RenderDocument among the features they turn off.
  ...chromeLauncher.Launcher.defaultFlags().map((flag) =>
    flag.startsWith("--disable-features=")
      ? `--disable-features=${flag
          .slice("--disable-features=".length)
          .split(",")
          .filter((feature) => feature !== "RenderDocument")
          .join(",")}`
      : flag,
  ),
  "--headless=new",
  "--no-sandbox",
  "--disable-setuid-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
];

export function chromiumPath() {
  const found =
    process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
  if (!found)
    throw new Error(
      "Chromium non trovato: installalo (`apt-get install chromium`) o indica il percorso con CHROMIUM_PATH.",
    );
  return found;
}

type Audit = {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  numericValue?: number;
  details?: { type?: string; items?: Record<string, unknown>[] };
};

function itemLabel(item: Record<string, unknown>) {
  const node = item.node as { snippet?: string; selector?: string } | undefined;
  if (node?.snippet) return node.snippet.slice(0, 160);
  if (typeof item.url === "string") return item.url;
  if (typeof item.source === "object" && item.source && "url" in item.source)
    return String((item.source as { url: unknown }).url);
  if (typeof item.description === "string") return item.description;
  return JSON.stringify(item).slice(0, 160);
}

async function runOnce(url: string, chromePath: string) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: CHROME_FLAGS,
    ignoreDefaultFlags: true,
    logLevel: "silent",
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse non ha prodotto risultati per ${url}`);
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

/** With saveDir, the median run of each page is kept there as `<name>.report.json` (open it in the Lighthouse viewer). */
export async function runLighthouse(
  baseUrl: string,
  pages: { name: string; path: string }[],
  { runs = 3, saveDir }: { runs?: number; saveDir?: string } = {},
): Promise<LighthouseResult[]> {
  const chromePath = chromiumPath();
  const results: LighthouseResult[] = [];
  for (const page of pages) {
    const url = new URL(page.path, baseUrl).href;
    const all = [];
    for (let i = 0; i < runs; i++) all.push(await runOnce(url, chromePath));
    const lhr = all.length > 1 ? computeMedianRun(all) : all[0];
    if (saveDir) {
      mkdirSync(saveDir, { recursive: true });
      writeFileSync(path.join(saveDir, `${page.name}.report.json`), JSON.stringify(lhr));
    }
    const audits = lhr.audits as Record<string, Audit>;
    const score = (category: Category) => Math.round((lhr.categories[category]?.score ?? NaN) * 100);
    const failing: LighthouseResult["failing"] = [];
    for (const category of CATEGORIES) {
      for (const ref of lhr.categories[category]?.auditRefs ?? []) {
        const audit = audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
        if (!["binary", "numeric", "metricSavings"].includes(audit.scoreDisplayMode)) continue;
        const items = audit.details?.items?.slice(0, 5).map(itemLabel);
        failing.push({
          category,
          id: audit.id,
          title: audit.title,
          score: audit.score,
          displayValue: audit.displayValue,
          items,
        });
      }
    }
    const requests = (audits["network-requests"]?.details?.items ?? []).map((item) => String(item.url));
    const offsite = requests.filter((request) => {
      try {
        const host = new URL(request).hostname;
        return !["127.0.0.1", "localhost", "[::1]"].includes(host) && !request.startsWith("data:");
      } catch {
        return false;
      }
    });
    const metric = (id: string) => audits[id]?.numericValue ?? NaN;
    results.push({
      name: page.name,
      path: page.path,
      runs: all.length,
      scores: Object.fromEntries(CATEGORIES.map((category) => [category, score(category)])) as Record<Category, number>,
      performanceRuns: all.map((run) => Math.round((run.categories.performance?.score ?? NaN) * 100)),
      metrics: {
        fcp: metric("first-contentful-paint"),
        lcp: metric("largest-contentful-paint"),
        tbt: metric("total-blocking-time"),
        cls: metric("cumulative-layout-shift"),
        si: metric("speed-index"),
      },
      failing,
      offsite,
      warnings: lhr.runWarnings ?? [],
    });
    const r = results.at(-1)!;
    console.log(
      `  ${page.name.padEnd(34)} perf ${r.scores.performance} (${r.performanceRuns.join("/")})  a11y ${r.scores.accessibility}  bp ${r.scores["best-practices"]}  seo ${r.scores.seo}` +
        (r.failing.length ? `  — ${r.failing.map((f) => f.id).join(", ")}` : ""),
    );
  }
  return results;
}
