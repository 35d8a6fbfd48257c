import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "../e2e/support/test";
import { query } from "./support/db";
import { plainSheets } from "./support/sheets";

// ~50 concurrent readers on the listing, the API and sheet pages while an import of 240 sheets
// commits: no errors, and every answer shows the catalogue before or after the import, never a
// mix. Each listing read uses a query the site has not cached yet (the same search, with
// different Italian stop words), so it really reads the database during the commit.

const READERS = 50;
const WORD = "zefiro";
// Words the Italian text-search configuration drops (checked with to_tsvector): each variant is
// a new cache key for the same search.
const STOP = [
  "il",
  "lo",
  "la",
  "gli",
  "le",
  "di",
  "da",
  "in",
  "con",
  "su",
  "per",
  "tra",
  "del",
  "della",
  "dei",
  "nel",
  "nella",
  "al",
  "alla",
  "col",
  "sul",
  "degli",
  "delle",
  "agli",
  "alle",
  "dal",
  "dalla",
  "dai",
  "dagli",
  "negli",
  "nelle",
  "sui",
  "sugli",
  "sulle",
  "ai",
  "ma",
  "che",
  "se",
  "non",
  "ed",
  "un",
  "una",
  "uno",
];
let counter = 0;
function freshQuery() {
  const n = counter++;
  const words = [
    STOP[n % STOP.length],
    STOP[Math.floor(n / STOP.length) % STOP.length],
    STOP[Math.floor(n / STOP.length ** 2) % STOP.length],
  ];
  return `${WORD} ${words.join(" ")}`;
}

test("50 readers during a 240-sheet import: zero errors, old or new catalogue, never a mix", async ({ baseURL }) => {
  test.setTimeout(180_000);
  const slugs = (
    await query<{ slug: string }>(`SELECT "slug" FROM "Practice" WHERE "status" = 'PUBLISHED' ORDER BY "id" LIMIT 240`)
  ).map((r) => r.slug);
  const apiTotal = async (q: string) => {
    const response = await fetch(`${baseURL}/api/v1/pratiche?q=${encodeURIComponent(q)}`);
    const body = (await response.json()) as { totale: number; pratiche: unknown[]; query_corretta: string | null };
    return {
      status: response.status,
      total: body.totale,
      items: body.pratiche?.length ?? -1,
      corrected: body.query_corretta,
      q,
    };
  };
  const before = (await apiTotal(freshQuery())).total;

  const dir = mkdtempSync(path.join(tmpdir(), "faults-load-"));
  const file = path.join(dir, "load.json");
  writeFileSync(file, JSON.stringify(plainSheets("LOAD", 240, ` ${WORD}`)));
  let importing = true;
  const importer = spawn(process.execPath, ["--import", "tsx", "scripts/import.ts", file], {
    env: process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let importOutput = "";
  importer.stdout.on("data", (d) => (importOutput += d));
  importer.stderr.on("data", (d) => (importOutput += d));
  const imported = new Promise<number | null>((resolve) => importer.on("exit", (code) => resolve(code)));
  const importStarted = Date.now();
  let importMs = 0;
  void imported.then(() => {
    importMs = Date.now() - importStarted;
    setTimeout(() => (importing = false), 3_000); // keep reading a little after the commit
  });

  const totals: number[] = [];
  const errors: string[] = [];
  const latencies: number[] = [];
  let requests = 0;
  async function reader(id: number) {
    for (let i = 0; importing || i < 3; i++) {
      const kind = (id + i) % 3;
      const started = Date.now();
      try {
        if (kind === 0) {
          const url = `${baseURL}/pratiche?q=${encodeURIComponent(freshQuery())}`;
          const response = await fetch(url);
          const html = await response.text();
          if (response.status !== 200) errors.push(`${response.status} ${url}`);
          const total = html.match(/([\d.]+) pratiche? trovat[ae]/)?.[1];
          if (total) totals.push(Number(total.replace(/\./g, "")));
        } else if (kind === 1) {
          const result = await apiTotal(freshQuery());
          if (result.status !== 200) errors.push(`${result.status} api`);
          totals.push(result.total);
          if (result.items !== Math.min(24, result.total))
            errors.push(`api page of ${result.items} items for a total of ${result.total}`);
        } else {
          const url = `${baseURL}/pratiche/${slugs[(id * 7 + i) % slugs.length]}`;
          const response = await fetch(url);
          await response.arrayBuffer();
          if (response.status !== 200) errors.push(`${response.status} ${url}`);
        }
      } catch (error) {
        errors.push(String(error));
      }
      latencies.push(Date.now() - started);
      requests++;
    }
  }
  await Promise.all(Array.from({ length: READERS }, (_, id) => reader(id)));
  expect(await imported, importOutput).toBe(0);
  const afterResult = await apiTotal(freshQuery());
  const after = afterResult.total;
  if (after !== 240) console.log(`after: ${JSON.stringify(afterResult)}`);

  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  const seen = Object.fromEntries([...new Set(totals)].map((t) => [t, totals.filter((x) => x === t).length]));
  console.log(
    `load: ${READERS} readers, ${requests} requests, ${errors.length} errors, import ${importMs} ms; ` +
      `totals seen ${JSON.stringify(seen)} (before ${before}, after ${after}); latency p50 ${pct(50)} ms, p95 ${pct(95)} ms, max ${pct(100)} ms`,
  );
  expect(errors.slice(0, 10)).toEqual([]);
  expect(after).toBe(240);
  expect(totals.filter((t) => t !== before && t !== after)).toEqual([]);
  expect(totals.length).toBeGreaterThan(READERS);
});
