import { readFileSync } from "node:fs";
import path from "node:path";
import nextConfig from "../../next.config.ts";

/**
 * Hands a production worker the configuration `next build` resolved (required-server-files.json),
 * the way Next's own standalone server does. Otherwise Next loads next.config.ts at start by
 * transpiling it with its native SWC compiler, which then stays mapped in every worker: 26 MB of
 * resident memory that serving pages never uses. Settings read from the environment at start
 * (the page cache's size) are taken from next.config.ts as evaluated now, as before.
 */
export function adoptBuiltNextConfig() {
  const distDir = builtDistDir();
  const file = path.join(process.cwd(), distDir, "required-server-files.json");
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new Error(`Nessuna build in ${distDir}: esegui \`npm start\`, che la prepara, o \`next build\`.`);
  }
  const built = (JSON.parse(text) as { config: Record<string, unknown> }).config;
  const compiled = process.env.SERVER_JS_DIR;
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify({
    ...built,
    cacheMaxMemorySize: nextConfig.cacheMaxMemorySize,
    // The cache handlers as compiled by the primary (scripts/lib/compile-worker.ts), not their .ts.
    ...(compiled && {
      cacheHandler: path.join(compiled, "page-cache-handler.mjs"),
      cacheHandlers: { ...(built.cacheHandlers as object), default: path.join(compiled, "use-cache-handler.mjs") },
    }),
  });
}

/** The build folder the server serves (NEXT_DIST_DIR, default .next). */
export function builtDistDir() {
  return nextConfig.distDir ?? ".next";
}
