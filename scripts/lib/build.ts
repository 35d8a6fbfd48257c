import { spawn } from "node:child_process";
import { once } from "node:events";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "next.config.ts",
  "postcss.config.mjs",
  "package-lock.json",
  "tsconfig.json",
];
const IGNORED = new Set(["generated", "node_modules"]);

function* files(entry: string): Generator<string> {
  if (!existsSync(entry)) return;
  if (statSync(entry).isFile()) {
    yield entry;
    return;
  }
  for (const child of readdirSync(entry).sort()) if (!IGNORED.has(child)) yield* files(path.join(entry, child));
}

function sourceHash() {
  const hash = createHash("sha256");
  for (const source of SOURCES) for (const file of files(source)) hash.update(file).update(readFileSync(file));
  return hash.digest("hex");
}

/**
 * Runs `next build` into distDir unless it already holds a build of the current sources.
 * Asynchronous so that the embedded Postgres's log pipe keeps being drained meanwhile.
 */
export async function ensureBuild(distDir: string, env: NodeJS.ProcessEnv, { force = false } = {}) {
  const stamp = path.join(distDir, "source-hash");
  const hash = sourceHash();
  if (
    !force &&
    existsSync(path.join(distDir, "BUILD_ID")) &&
    existsSync(stamp) &&
    readFileSync(stamp, "utf8") === hash
  ) {
    console.log(`Build già aggiornata in ${distDir}.`);
    return;
  }
  console.log(`Compilo il sito (next build → ${distDir})…`);
  const build = spawn(process.execPath, [nextBin(), "build"], {
    stdio: "inherit",
    env: { ...env, NEXT_DIST_DIR: distDir },
  });
  const [code] = (await once(build, "exit")) as [number | null];
  if (code !== 0) throw new Error("next build non è riuscito");
  writeFileSync(stamp, hash);
}

export function nextBin() {
  return path.resolve("node_modules/next/dist/bin/next");
}

/** Arguments for `node` to run the production server (scripts/serve.ts) on a port. */
export function serveArgs(port: number | string, hostname?: string) {
  return [path.resolve("scripts/serve.ts"), "--port", String(port), ...(hostname ? ["--hostname", hostname] : [])];
}

/**
 * Resolves once a server answers `url` with a status below 500 (within 60 s by default); fails at once if
 * the server process, when given, has exited.
 */
export async function waitForServer(url: string, server?: { exitCode: number | null }, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server && server.exitCode !== null) throw new Error(`Il server è terminato (codice ${server.exitCode})`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Il server non risponde su ${url}`);
}
