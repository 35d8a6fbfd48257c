import { gzipSync } from "node:zlib";

// Client JavaScript a route ships: every script the served HTML loads, gzipped (level 9, as a
// CDN would), counted once per route. Read from the page itself, so nothing the build adds escapes.

export type ClientJs = { path: string; scripts: number; gzipKb: number };

export async function clientJs(baseUrl: string, path: string): Promise<ClientJs> {
  const html = await (await fetch(new URL(path, baseUrl))).text();
  const sources = new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1].replace(/&amp;/g, "&")));
  let bytes = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, baseUrl))).arrayBuffer());
    bytes += gzipSync(body, { level: 9 }).length;
  }
  return { path, scripts: sources.size, gzipKb: bytes / 1024 };
}
