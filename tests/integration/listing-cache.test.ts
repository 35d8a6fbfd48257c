import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import PageCacheHandler from "@/lib/cache/page-cache-handler";
import { cacheSyncStatus } from "@/lib/cache/sync-state";
import { invalidate } from "@/lib/cache/tag-sync";
import { listingCache } from "@/lib/server/listing-cache";

// The production server's listing cache (lib/server/listing-cache.ts) in front of a page renderer
// that counts its renders, with this process's real cache-tag sync (PostgreSQL LISTEN/NOTIFY).

let server: Server;
let base: string;
let renders = 0;
let status = 200;
let gate: Promise<void> | null = null;

async function render(_req: IncomingMessage, res: ServerResponse) {
  renders++;
  const n = renders;
  await gate;
  res.statusCode = status;
  res.setHeader("content-type", "text/html; charset=utf-8");
  // As Next sends a page rendered for the request.
  res.setHeader("cache-control", "private, no-cache, no-store, max-age=0, must-revalidate");
  res.end(`<html><body>render ${n}</body></html>`);
}

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { headers }).then(async (response) => ({
    body: await response.text(),
    hit: response.headers.get("x-listing-cache") === "hit",
    cacheControl: response.headers.get("cache-control"),
    status: response.status,
  }));

beforeAll(async () => {
  new PageCacheHandler({ maxMemoryCacheSize: 1024 * 1024, revalidatedTags: [], _requestHeaders: {} } as never);
  for (let waited = 0; cacheSyncStatus() !== "in ascolto" && waited < 10_000; waited += 50)
    await new Promise((resolve) => setTimeout(resolve, 50));
  expect(cacheSyncStatus()).toBe("in ascolto");
  await new Promise((resolve) => setTimeout(resolve, 5)); // past the sync's start, which counts as a flush
  server = createServer((req, res) => listingCache(req, res, () => void render(req, res)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe("listing cache", () => {
  it("answers a listing address asked before without rendering it again; other addresses render", async () => {
    const first = await get("/pratiche?regione=molise");
    const again = await get("/pratiche?regione=molise");
    expect(first.hit).toBe(false);
    expect(again).toMatchObject({ hit: true, status: 200, body: first.body });
    expect(again.cacheControl).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
    const other = await get("/pratiche?regione=lazio");
    expect(other.hit).toBe(false);
    expect(other.body).not.toBe(first.body);
  });

  it("never answers client navigations (RSC payloads), other pages, or what was not a 200 page", async () => {
    await get("/pratiche?area=anziani");
    const rendered = renders;
    expect((await get("/pratiche?area=anziani", { RSC: "1" })).hit).toBe(false);
    expect((await get("/pratiche?area=anziani&_rsc=abc")).hit).toBe(false);
    await get("/regioni/lazio");
    expect((await get("/regioni/lazio")).hit).toBe(false);
    expect(renders).toBe(rendered + 4);

    status = 500;
    await get("/pratiche?area=minori");
    status = 200;
    expect((await get("/pratiche?area=minori")).hit).toBe(false);
  });

  it("renders again once the catalogue, a vocabulary, the regions or the synonyms change", async () => {
    for (const tag of ["practices", "vocabularies", "regions", "search-synonyms"]) {
      const path = `/pratiche?q=${tag}`;
      await get(path);
      expect((await get(path)).hit).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 2));
      await invalidate([tag], { expire: 0 });
      const after = await get(path);
      expect(after.hit, tag).toBe(false);
      expect((await get(path)).hit).toBe(true);
    }
  });

  it("does not keep a page whose render began before a change and ended after it", async () => {
    let release = () => {};
    gate = new Promise((resolve) => (release = resolve));
    const slow = get("/pratiche?tipo=nuovo");
    await new Promise((resolve) => setTimeout(resolve, 50));
    await invalidate(["practices"], { expire: 0 });
    release();
    gate = null;
    expect((await slow).hit).toBe(false);
    expect((await get("/pratiche?tipo=nuovo")).hit).toBe(false);
    expect((await get("/pratiche?tipo=nuovo")).hit).toBe(true);
  });
});
