import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build, stop } from "esbuild";

// Production workers run the server's own TypeScript compiled to JavaScript: scripts/serve.ts and
// the two cache handlers Next loads at start (next.config.ts). A process that loads one .ts file
// makes Node load its TypeScript stripper (amaro) and that stripper's WebAssembly module: about
// 17 MB of resident memory in every worker, never used again once the server is running.
// The primary compiles them at each start (a fraction of a second), so they are never stale.

const ENTRIES = {
  serve: "scripts/serve.ts",
  "page-cache-handler": "lib/cache/page-cache-handler.ts",
  "use-cache-handler": "lib/cache/use-cache-handler.ts",
};

// Where esbuild believes it writes (write: false): only the paths relative to it are used.
const OUT = path.resolve("server-js");

/**
 * Compiles the worker's modules into `<distDir>/server-js/<hash of the output>/` and returns that
 * folder. One shared chunk holds what the entries share (the cache's tag state), so the server and
 * the handlers keep one copy of it, as when Node loaded the .ts files. Instances started together
 * on one build write the same folder: each writes a folder of its own and renames it into place.
 */
export async function compileWorker(distDir: string) {
  const { outputFiles } = await build({
    entryPoints: ENTRIES,
    outdir: OUT,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node22",
    packages: "external",
    write: false,
    logLevel: "silent",
  }).finally(stop); // the compiler's own process would otherwise live as long as the server
  const hash = createHash("sha256");
  for (const file of outputFiles) hash.update(file.path).update(file.contents);
  const dir = path.resolve(distDir, "server-js", hash.digest("hex").slice(0, 12));
  if (existsSync(dir)) return dir;
  const partial = `${dir}.${process.pid}`;
  for (const file of outputFiles) {
    const target = path.join(partial, path.relative(OUT, file.path));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
  }
  try {
    renameSync(partial, dir);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(dir)) throw error;
  }
  return dir;
}
