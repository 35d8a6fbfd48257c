import { readFile } from "node:fs/promises";
import path from "node:path";

// The widget's SHA worker, served from this origin: the page's Content-Security-Policy allows
// scripts (and so workers) from 'self' only, not the blob: URL the bundled build would use.
// The package does not export the file, so it is read from the installed package.
export async function GET() {
  const file = await readFile(path.join(process.cwd(), "node_modules/altcha/dist/workers/sha.js"));
  return new Response(file, {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=86400" },
  });
}
