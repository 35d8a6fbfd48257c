import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invalidate } from "@/lib/cache/tag-sync";
import { responseCache } from "@/lib/server/response-cache";
import { listenForInvalidations } from "../support/cache-sync";

// The production server's response cache (lib/server/response-cache.ts) in front of a page renderer
// that counts its renders and answers as Next does — the listing rendered per request (no-store),
// other public pages from the page cache (x-nextjs-cache) or rendered per request — with this
// process's real cache-tag sync (PostgreSQL LISTEN/NOTIFY).

let server: Server;
let base: string;
let renders = 0;
let status = 200;
let gate: Promise<void> | null = null;

// Addresses under /prerendered/ answer as Next answers a page from its page cache.
const PRERENDERED = /\/prerendered\//;
const PER_REQUEST = "private, no-cache, no-store, max-age=0, must-revalidate";

async function render(req: IncomingMessage, res: ServerResponse) {
  renders++;
  const n = renders;
  await gate;
  res.statusCode = status;
  res.setHeader("content-type", "text/html; charset=utf-8");
  if (PRERENDERED.test(req.url!)) {
    res.setHeader("x-nextjs-cache", req.url!.includes("stale") ? "STALE" : "HIT");
    res.setHeader("cache-control", "s-maxage=3600, stale-while-revalidate=31532400");
    res.setHeader("etag", `"page-${n}"`);
  } else res.setHeader("cache-control", PER_REQUEST);
  // Next streams the metadata of a slow dynamic page into <body>.
  const title = `<title>render ${n}</title>`;
  const [head, body] = req.url!.includes("streamed") ? ["", title] : [title, ""];
  res.end(`<html><head>${head}</head><body>${body}render ${n}</body></html>`);
}

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { headers }).then(async (response) => ({
    body: await response.text(),
    hit: response.headers.get("x-response-cache") === "hit",
    cacheControl: response.headers.get("cache-control"),
    status: response.status,
  }));

beforeAll(async () => {
  await listenForInvalidations();
  server = createServer((req, res) => responseCache(req, res, () => void render(req, res)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe("response cache", () => {
  it("answers a listing address asked twice before without rendering it again; other addresses render", async () => {
    expect((await get("/pratiche?regione=molise")).hit).toBe(false);
    const first = await get("/pratiche?regione=molise");
    const again = await get("/pratiche?regione=molise");
    expect(first.hit).toBe(false);
    expect(again).toMatchObject({ hit: true, status: 200, body: first.body });
    expect((await get("/pratiche")).hit).toBe(false);
    expect((await get("/pratiche")).hit, "an address without a query string is kept at once").toBe(true);
    expect(again.cacheControl).toBe(PER_REQUEST);
    const other = await get("/pratiche?regione=lazio");
    expect(other.hit).toBe(false);
    expect(other.body).not.toBe(first.body);
  });

  it("answers a page Next served from its page cache, and a browser's revalidation of it with a 304", async () => {
    const first = await get("/prerendered/home");
    const again = await get("/prerendered/home");
    expect(first.hit).toBe(false);
    expect(again).toMatchObject({ hit: true, status: 200, body: first.body });
    const etag = (await fetch(`${base}/prerendered/home`)).headers.get("etag")!;
    const rendered = renders;
    const revalidation = await get("/prerendered/home", { "If-None-Match": `W/${etag}` });
    expect(revalidation).toMatchObject({ hit: true, status: 304, body: "" });
    expect(renders).toBe(rendered);
  });

  it("never answers client navigations (RSC payloads), other pages, or what was not a 200 page", async () => {
    await get("/pratiche?area=anziani");
    const rendered = renders;
    expect((await get("/pratiche?area=anziani", { RSC: "1" })).hit).toBe(false);
    expect((await get("/pratiche?area=anziani&_rsc=abc")).hit).toBe(false);
    // A page rendered per request, a stale page Next is regenerating, the staff's area, a listing
    // whose metadata was streamed into <body> (crawlers must get it in <head>).
    for (const path of ["/regioni/lazio", "/prerendered/stale", "/admin/prerendered/x", "/pratiche?streamed"]) {
      await get(path);
      expect((await get(path)).hit, path).toBe(false);
    }
    expect(renders).toBe(rendered + 10);

    // The staff's area by another spelling of its path (sent as written: fetch would normalise it).
    const raw = (path: string) =>
      new Promise<boolean>((resolve, reject) => {
        request({ host: "127.0.0.1", port: new URL(base).port, path }, (response) => {
          response.resume();
          resolve(response.headers["x-response-cache"] === "hit");
        })
          .on("error", reject)
          .end();
      });
    for (const path of [
      "/./admin/prerendered/y",
      "//admin/prerendered/y",
      "/%61dmin/prerendered/y",
      "/a/../admin/prerendered/y",
    ]) {
      await raw(path);
      expect(await raw(path), path).toBe(false);
    }

    status = 500;
    await get("/pratiche?area=minori");
    await get("/pratiche?area=minori");
    status = 200;
    expect((await get("/pratiche?area=minori")).hit).toBe(false);
  });

  it("renders again once any cache tag is invalidated", async () => {
    for (const tag of ["practices", "practice:una-scheda", "vocabularies", "regions", "search-synonyms"]) {
      const path = tag.startsWith("practice:") ? "/prerendered/una-scheda" : `/pratiche?q=${tag}`;
      await get(path);
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
    await get("/pratiche?tipo=nuovo");
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
