import path from "node:path";
import pg from "pg";
import { percentile } from "./load.ts";
import { explainListing } from "./explain.ts";
import { seedSyntheticPractices } from "./synthetic.ts";
import { AREAS, TYPES, WORDS } from "./scenarios.ts";
import { cycleAt } from "../../lib/item-at.ts";
import { startEmbeddedPostgres } from "../lib/embedded-postgres.ts";
import { prepareDatabase } from "../lib/prepare-database.ts";
import { recreateDatabase, withDatabaseName } from "../lib/server-admin.ts";
import { REGIONS } from "../../prisma/seed/regions.ts";
import type { RawSearchParams } from "../../lib/practices/search-params.ts";

// Times the listing's real read (searchPractices) against a database of N synthetic sheets, with
// no server or cache in between: p50/p95 per case at one connection, then EXPLAIN ANALYZE.
//
//   node --conditions=react-server --import tsx scripts/bench/listing-queries.ts [--scale 100000] [--runs 20] [--reseed] [--explain]
//
// (`react-server` makes the `server-only` guard of lib/db.ts a no-op, as inside Next.) The
// database (`.data/postgres-test-listing-bench`) is kept between runs and reseeded only when its
// size differs or with --reseed; pending migrations are applied on every run. `--server URL` uses
// an already running server instead (e.g. one kept up between runs). `--runs 0` only seeds.

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  const value = index >= 0 ? args[index + 1] : undefined;
  return value && !value.startsWith("--") ? Number(value) : fallback;
};
const scale = flag("scale", 100_000);
const runs = flag("runs", 20);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;

const COMMON = ["volontari", "emergenza", "servizi", "comune", "anziani", "telefono"];

// Each case yields a different request per run, like the benchmark's varied scenarios.
const CASES: { label: string; params: (i: number) => RawSearchParams }[] = [
  { label: "unfiltered", params: () => ({}) },
  { label: "unfiltered, page 20", params: (i) => ({ pagina: String(20 + (i % 5)) }) },
  { label: "one region", params: (i) => ({ regione: cycleAt(REGIONS, i * 7).slug }) },
  {
    label: "three facets",
    params: (i) => ({
      regione: cycleAt(REGIONS, i * 7).slug,
      area: cycleAt(AREAS, i * 3),
      tipo: cycleAt(TYPES, i),
    }),
  },
  {
    label: "three facets + text (bench page)",
    params: (i) => ({
      regione: cycleAt(REGIONS, i * 7).slug,
      area: cycleAt(AREAS, i * 3),
      tipo: cycleAt(TYPES, i),
      q: cycleAt(WORDS, i * 11),
    }),
  },
  {
    label: "three facets + text, by title (bench API)",
    params: (i) => ({
      regione: cycleAt(REGIONS, i * 7).slug,
      area: cycleAt(AREAS, i * 3),
      tipo: cycleAt(TYPES, i),
      q: cycleAt(WORDS, i * 11),
      ordina: "titolo",
    }),
  },
  { label: "text only, varied words", params: (i) => ({ q: cycleAt(WORDS, i * 11) }) },
  { label: "one common word", params: (i) => ({ q: cycleAt(COMMON, i) }) },
  {
    label: "common word + region",
    params: (i) => ({ q: cycleAt(COMMON, i), regione: cycleAt(REGIONS, i * 7).slug }),
  },
  { label: "typo (correction)", params: (i) => ({ q: cycleAt(["anzaini", "volontri", "telefno", "famigle"], i) }) },
];

const given = args.includes("--server") ? args[args.indexOf("--server") + 1] : undefined;
const server = given
  ? { url: given, stop: async () => {} }
  : await startEmbeddedPostgres({ dataDir: path.resolve(".data/postgres-test-listing-bench"), database: "postgres" });
const url = withDatabaseName(server.url, "listing_bench");
try {
  const admin = new pg.Client({ connectionString: withDatabaseName(server.url, "postgres") });
  await admin.connect();
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'listing_bench'`)).rowCount === 1;
  await admin.end();
  let count = -1;
  if (exists && !args.includes("--reseed")) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    count = (await client.query(`SELECT count(*)::int AS n FROM "Practice" WHERE "code" LIKE 'SINTETICA-%'`)).rows[0].n;
    await client.end();
  }
  if (count !== scale) {
    await recreateDatabase(url);
    await prepareDatabase(url);
    const seeded = await seedSyntheticPractices(url, scale);
    console.log(`Seeded ${seeded.inserted} synthetic sheets in ${seeded.seconds.toFixed(1)} s`);
  } else {
    await prepareDatabase(url);
  }

  process.env.DATABASE_URL = url;
  const { searchPractices } = await import("../../lib/practices/queries.ts");
  const { parsePracticeFilters } = await import("../../lib/practices/search-params.ts");
  const { db } = await import("../../lib/db.ts");

  const { execSync } = await import("node:child_process");
  console.log(`load average before: ${execSync("cat /proc/loadavg").toString().trim()}`);
  console.log(`| case | p50 ms | p95 ms | max ms | total (last) |`);
  console.log(`| --- | ---: | ---: | ---: | ---: |`);
  for (const entry of CASES) {
    if (runs === 0) break;
    if (only && !entry.label.includes(only)) continue;
    await searchPractices(parsePracticeFilters(entry.params(0))); // warm the plan cache and buffers
    const times: number[] = [];
    let total = 0;
    for (let i = 1; i <= runs; i++) {
      const filters = parsePracticeFilters(entry.params(i));
      const started = performance.now();
      const result = await searchPractices(filters);
      times.push(performance.now() - started);
      total = result.total;
      if (args.includes("--verbose"))
        console.log(
          `  ${times.at(-1)!.toFixed(1)} ms ${JSON.stringify(entry.params(i))} → ${result.total}${result.correctedQuery ? ` (forse cercavi: ${result.correctedQuery})` : ""}`,
        );
    }
    console.log(
      `| ${entry.label} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${Math.max(...times).toFixed(1)} | ${total} |`,
    );
  }
  console.log(`load average after: ${execSync("cat /proc/loadavg").toString().trim()}`);
  await db.$disconnect();

  if (args.includes("--explain")) {
    const { EXPLAINED_CASES } = await import("./explain.ts");
    for (const entry of EXPLAINED_CASES) {
      const plans = await explainListing(url, entry.params);
      for (const [name, plan] of Object.entries(plans)) {
        console.log(`\n### ${entry.label} — ${name}\n${plan}`);
      }
    }
  }
} finally {
  await server.stop();
}
