import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

// The widget's SHA worker, served from this origin: the page's Content-Security-Policy allows
// scripts (and so workers) from 'self' only, not the blob: URL the bundled build would use.
const require = createRequire(import.meta.url);

export const dynamic = "force-static";

export async function GET() {
  const file = await readFile(require.resolve("altcha/dist/workers/sha.js"));
  return new Response(file, {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=86400" },
  });
}
