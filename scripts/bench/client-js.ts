import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

// Client JavaScript a route ships: every script the served HTML loads, gzipped (level 9, as a
// CDN would), counted once per route. Read from the page itself, so nothing the build adds escapes.

export type ClientScript = { src: string; gzipBytes: number; rawBytes: number; noModule: boolean };
/** gzipKb leaves out `noModule` scripts (Next's legacy polyfills): browsers with modules never fetch them. */
export type ClientJs = { path: string; scripts: number; gzipKb: number; noModuleKb: number; files: ClientScript[] };

const scriptName = (src: string) => path.basename(src.replace(/\?.*/s, ""));

async function scriptSources(baseUrl: string, route: string) {
  const html = await (await fetch(new URL(route, baseUrl))).text();
  const scripts = new Map<string, boolean>();
  for (const [, before = "", src = "", after = ""] of html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)) {
    scripts.set(src.replace(/&amp;/g, "&"), /\snomodule/i.test(`${before} ${after}`));
  }
  return scripts;
}

export async function clientJs(baseUrl: string, route: string): Promise<ClientJs> {
  const files: ClientScript[] = [];
  for (const [src, noModule] of await scriptSources(baseUrl, route)) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    files.push({ src, gzipBytes: gzipSync(body, { level: 9 }).length, rawBytes: body.length, noModule });
  }
  const kb = (list: ClientScript[]) => list.reduce((sum, file) => sum + file.gzipBytes, 0) / 1024;
  const modern = files.filter((file) => !file.noModule);
  return {
    path: route,
    scripts: modern.length,
    gzipKb: kb(modern),
    noModuleKb: kb(files.filter((file) => file.noModule)),
    files,
  };
}

// What a chunk holds. Production chunks carry no module paths, so framework chunks are recognised
// by strings that survive minification (the first match names the chunk), and the app's own files
// by the build's client-reference manifests, which list the chunks of every client module.
const SIGNATURES: [label: string, test: RegExp][] = [
  ["react-dom + scheduler", /__reactContainer|unstable_scheduleCallback/],
  ["Next router (RSC fetch, prefetch, navigation)", /next-router-prefetch/],
  ["Next layout router, error boundaries, Link", /useLinkStatus/],
  ["React Flight client", /react\.dev\/errors/],
  ["React (jsx runtime, hooks), Next shared helpers", /react\.transitional\.element/],
  ["Next global-error styles", /errorThemeCss/],
];

export type ChunkInfo = { file: string; gzipKb: number; labels: string[]; owners: string[] };
export type RouteBreakdown = { path: string; totalKb: number; frameworkKb: number; oursKb: number; extra: ChunkInfo[] };
export type ClientJsBreakdown = {
  baseline: string;
  baselineKb: number;
  noModuleKb: number;
  baselineChunks: ChunkInfo[];
  routes: RouteBreakdown[];
};

/**
 * Client-reference manifests of the build: for each app source file that is a client module (or
 * imported by one), the chunks that carry it. Inverted, it names our files in each chunk.
 */
function chunkOwners(distDir: string) {
  const owners = new Map<string, Set<string>>();
  const root = path.join(distDir, "server", "app");
  const walk = (dir: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
          entry.isDirectory()
            ? walk(path.join(dir, entry.name))
            : entry.name.endsWith("client-reference-manifest.js")
              ? [path.join(dir, entry.name)]
              : [],
        )
      : [];
  for (const file of walk(root)) {
    const text = readFileSync(file, "utf8");
    const json = text.slice(text.indexOf("{", text.indexOf("] =")), text.lastIndexOf("}") + 1);
    let manifest: { clientModules?: Record<string, { chunks?: string[] }> };
    try {
      manifest = JSON.parse(json);
    } catch {
      continue;
    }
    for (const [id, entry] of Object.entries(manifest.clientModules ?? {})) {
      const source = id
        .replace(/^\[project\]\//, "")
        .replace(/\s*<.*$/, "")
        .replace(/ \[.*$/, "");
      if (source.includes("node_modules")) continue;
      // A module's own chunk is the last one listed; the ones before it are shared dependencies.
      const own = entry.chunks?.at(-1);
      if (!own) continue;
      const name = path.basename(own);
      if (!owners.has(name)) owners.set(name, new Set());
      owners.get(name)!.add(source);
    }
  }
  return owners;
}

function describe(file: ClientScript, body: string, owners: Map<string, Set<string>>): ChunkInfo {
  const name = scriptName(file.src);
  const label = file.noModule
    ? "legacy polyfills, noModule: not fetched by modern browsers, not counted"
    : name.startsWith("turbopack-")
      ? "Turbopack chunk loader"
      : SIGNATURES.find(([, test]) => test.test(body))?.[0];
  const labels = label ? [label] : [];
  return { file: name, gzipKb: file.gzipBytes / 1024, labels, owners: [...(owners.get(name) ?? [])].sort() };
}

/**
 * Splits each route's scripts into the framework baseline (the scripts the static ceiling page,
 * which has the same root layout and no client component of its own, also loads) and what the
 * route adds on top, naming the app files in each added chunk.
 */
export async function clientJsBreakdown(
  baseUrl: string,
  baseline: string,
  routes: string[],
  distDir: string,
): Promise<ClientJsBreakdown> {
  const owners = chunkOwners(distDir);
  const bodies = new Map<string, string>();
  const load = async (route: string) => {
    const measured = await clientJs(baseUrl, route);
    for (const file of measured.files) {
      if (!bodies.has(file.src)) bodies.set(file.src, await (await fetch(new URL(file.src, baseUrl))).text());
    }
    return measured;
  };
  const base = await load(baseline);
  const baseSet = new Set(base.files.map((file) => scriptName(file.src)));
  const routeBreakdowns: RouteBreakdown[] = [];
  for (const route of routes) {
    const measured = await load(route);
    const extra = measured.files.filter((file) => !file.noModule && !baseSet.has(scriptName(file.src)));
    const oursKb = extra.reduce((sum, file) => sum + file.gzipBytes, 0) / 1024;
    routeBreakdowns.push({
      path: route,
      totalKb: measured.gzipKb,
      frameworkKb: measured.gzipKb - oursKb,
      oursKb,
      extra: extra.map((file) => describe(file, bodies.get(file.src) ?? "", owners)),
    });
  }
  return {
    baseline,
    baselineKb: base.gzipKb,
    noModuleKb: base.noModuleKb,
    baselineChunks: base.files.map((file) => describe(file, bodies.get(file.src) ?? "", owners)),
    routes: routeBreakdowns,
  };
}
