import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import PageCacheHandler from "@/lib/cache/page-cache-handler";
import useCacheHandler from "@/lib/cache/use-cache-handler";
import { CHANNEL } from "@/lib/cache/tag-sync";
import { listenForInvalidations } from "../support/cache-sync";

// Next's page cache as configured in next.config.ts (cacheHandler): prerendered and regenerated
// pages, expired by tag here and, through PostgreSQL NOTIFY, by every other process.

const BUDGET = 1024 * 1024;
const context = { maxMemoryCacheSize: BUDGET, revalidatedTags: [], _requestHeaders: {} };
const handler = () => new PageCacheHandler(context);
const getPage = { kind: "APP_PAGE", isFallback: false } as never;
const setPage = { cacheControl: { revalidate: 3600, expire: 86_400 } };

function page(tags: string[], html = "<html>scheda</html>") {
  return {
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from("rsc"),
    headers: { "x-next-cache-tags": tags.join(",") },
    postponed: undefined,
    status: 200,
    segmentData: undefined,
  } as never;
}

let other: pg.Client;

beforeAll(async () => {
  await listenForInvalidations();
  other = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await other.connect();
});

afterAll(async () => {
  await other?.end();
});

describe("page cache handler", () => {
  it("serves a stored page until one of its tags is revalidated in this process", async () => {
    await handler().set("/pratiche/a", page(["practice:a", "_N_T_/layout"]), setPage);
    await handler().set("/pratiche/b", page(["practice:b", "_N_T_/layout"]), setPage);
    const stored = await handler().get("/pratiche/a", getPage);
    expect(stored?.value).toMatchObject({ kind: "APP_PAGE", html: "<html>scheda</html>" });
    expect(stored?.cacheControl).toEqual(setPage.cacheControl);

    await new Promise((resolve) => setTimeout(resolve, 2));
    await handler().revalidateTag(["practice:a"], { expire: 0 });
    expect(await handler().get("/pratiche/a", getPage)).toBeNull();
    expect(await handler().get("/pratiche/b", getPage)).not.toBeNull();

    // A page rendered after the change is served again.
    await handler().set("/pratiche/a", page(["practice:a", "_N_T_/layout"], "<html>nuova</html>"), setPage);
    expect((await handler().get("/pratiche/a", getPage))?.value).toMatchObject({ html: "<html>nuova</html>" });
  });

  it("does not serve a page whose render began before a change to its data and was stored after it", async () => {
    expect(await handler().get("/pratiche/g", getPage)).toBeNull(); // the miss that starts a render
    await new Promise((resolve) => setTimeout(resolve, 2));
    await handler().revalidateTag(["practice:g"], { expire: 0 }); // an approval, while it renders
    await new Promise((resolve) => setTimeout(resolve, 2));
    await handler().set("/pratiche/g", page(["practice:g"], "<html>prima</html>"), setPage);
    expect(await handler().get("/pratiche/g", getPage)).toBeNull();

    // The render that this miss starts is dated after the change: served.
    await handler().set("/pratiche/g", page(["practice:g"], "<html>dopo</html>"), setPage);
    expect((await handler().get("/pratiche/g", getPage))?.value).toMatchObject({ html: "<html>dopo</html>" });
  });

  it("does not keep not-found pages, which would evict real ones", async () => {
    const missing = { ...(page(["practice:nessuna"], "<html>404</html>") as object), status: 404 };
    await handler().set("/pratiche/nessuna", missing as never, setPage);
    expect(await handler().get("/pratiche/nessuna", getPage)).toBeNull();
  });

  it("answers a miss once another process announces one of the page's tags", async () => {
    await handler().set("/pratiche/c", page(["practice:c", "_N_T_/layout"]), setPage);
    await handler().set("/pratiche/d", page(["practice:d", "_N_T_/layout"]), setPage);
    await new Promise((resolve) => setTimeout(resolve, 2));
    await other.query("SELECT pg_notify($1, $2)", [
      CHANNEL,
      JSON.stringify({ origin: "un-altro-processo", tags: ["practice:c"], expire: 0 }),
    ]);
    await expect.poll(() => handler().get("/pratiche/c", getPage), { timeout: 5_000 }).toBeNull();
    expect(await handler().get("/pratiche/d", getPage)).not.toBeNull();
  });

  it("keeps at most cacheMaxMemorySize bytes of pages, dropping the least recently used", async () => {
    const big = "x".repeat(100 * 1024);
    for (let i = 0; i < 30; i++) await handler().set(`/pratiche/grande-${i}`, page([], big), setPage);
    expect(await handler().get("/pratiche/grande-0", getPage)).toBeNull();
    expect(await handler().get("/pratiche/grande-29", getPage)).not.toBeNull();
    let kept = 0;
    for (let i = 0; i < 30; i++) if (await handler().get(`/pratiche/grande-${i}`, getPage)) kept++;
    expect(kept * big.length).toBeLessThanOrEqual(BUDGET);
    expect(kept).toBeGreaterThan(5);
  });

  it("keeps a page's bytes in buffers of their own size, not the larger blocks Next's views point into", async () => {
    // As Next hands them over: small views of one 64 KB block.
    const block = Buffer.alloc(64 * 1024, 1);
    const rsc = block.subarray(0, 2_000);
    const segment = block.subarray(2_000, 4_000);
    const value = { ...(page(["practice:f"]) as object), rscData: rsc, segmentData: new Map([["/_tree", segment]]) };
    await handler().set("/pratiche/f", value as never, setPage);
    const stored = (await handler().get("/pratiche/f", getPage))?.value as {
      rscData: Buffer;
      segmentData: Map<string, Buffer>;
    };
    expect(stored.rscData.equals(rsc)).toBe(true);
    expect(stored.rscData.buffer.byteLength).toBe(2_000);
    expect(stored.segmentData.get("/_tree")?.equals(segment)).toBe(true);
    expect(stored.segmentData.get("/_tree")?.buffer.byteLength).toBe(2_000);
  });

  it("tells the other processes once when Next hands one revalidation to both handlers", async () => {
    const heard: string[] = [];
    const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await listener.connect();
    listener.on("notification", (message) => heard.push(message.payload ?? ""));
    await listener.query(`LISTEN ${CHANNEL}`);
    try {
      await Promise.all([
        useCacheHandler.updateTags(["practice:e", "practices"], { expire: 0 }),
        handler().revalidateTag(["practice:e", "practices"], { expire: 0 }),
      ]);
      await expect.poll(() => heard.length, { timeout: 5_000 }).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(heard).toHaveLength(1);
      expect(JSON.parse(heard[0] ?? "null")).toMatchObject({ tags: ["practice:e", "practices"], expire: 0 });
    } finally {
      await listener.end();
    }
  });
});
