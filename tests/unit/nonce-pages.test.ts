import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { addNonceToFrameworkScripts } from "@/lib/server/framework-scripts";
import { nonceAttribute, scanScripts, withNonce } from "@/lib/server/nonce-insertion";
import { noncePages } from "@/lib/server/nonce-pages";

// The production server's nonce insertion (lib/server/nonce-pages.ts) on a real node:http server:
// cached pages (with an ETag) from a template made once, rendered pages held whole.

const FLIGHT_INIT = "<script>(self.__next_f=self.__next_f||[]).push([0])</script>";
const flight = (text: string) => `<script>self.__next_f.push([1,${JSON.stringify(text)}])</script>`;
const PAGE = [
  '<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><script src="/_next/a.js" async=""></script></head>',
  "<body><h1>Perché è così</h1>",
  FLIGHT_INIT,
  flight('0:{"P":null} città — “virgolette”'),
  '<script type="application/ld+json">{"@type":"Thing"}</script>',
  "<script>alert(1)</script>",
  "<scripts>not a script</scripts>",
  flight("1:" + "x".repeat(5000)),
  "</body></html>",
].join("");

const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const server = createServer((req, res) => noncePages(req, res, () => handler(req, res)));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

type Received = { status: number; headers: IncomingMessage["headers"]; body: string };

function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<Received>((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
    })
      .on("error", reject)
      .end();
  });
}

const nonceOf = (received: Received) =>
  /script-src 'self' 'nonce-([^']+)'/.exec(String(received.headers["content-security-policy"]))?.[1];

describe("nonce insertion on bytes", () => {
  it("gives the same result as the string version", () => {
    const expected = addNonceToFrameworkScripts(PAGE, "N0nce");
    const bytes = Buffer.from(PAGE, "utf8");
    const whole = scanScripts(bytes, true);
    expect(whole.refused).toBe(expected.refused);
    expect(Buffer.concat(withNonce(bytes, whole.offsets, nonceAttribute("N0nce"))).toString("utf8")).toBe(
      expected.html,
    );
  });
});

describe("noncePages", () => {
  it("holds a rendered page until it ends, so a status Next sets late (a not-found's 404) is the one sent", async () => {
    const base = await serve((_req, res) => {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.write(PAGE.slice(0, 200));
      setTimeout(() => {
        res.statusCode = 404;
        res.end(PAGE.slice(200));
      }, 100);
    });
    const received = await get(base);
    expect(received.status).toBe(404);
    const nonce = nonceOf(received);
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{24}$/);
    expect(received.body).toBe(addNonceToFrameworkScripts(PAGE, nonce!).html);
    expect(Number(received.headers["content-length"])).toBe(Buffer.byteLength(received.body));
    expect(received.headers["cache-control"]).toBe("private, no-cache");
    expect(String(received.headers["content-security-policy"]).match(/script-src [^;]*/)?.[0]).not.toContain("unsafe");
    expect(received.body).toContain("<script>alert(1)</script>");
  });

  it("serves a cached page from its template with a fresh nonce each time, and never a stale one", async () => {
    let page = PAGE;
    const base = await serve((_req, res) => {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("ETag", '"same-tag"');
      res.setHeader("Content-Length", Buffer.byteLength(page));
      res.end(page);
    });
    const first = await get(base);
    const second = await get(base);
    expect(nonceOf(first)).not.toBe(nonceOf(second));
    for (const received of [first, second]) {
      expect(received.body).toBe(addNonceToFrameworkScripts(PAGE, nonceOf(received)!).html);
      expect(Number(received.headers["content-length"])).toBe(Buffer.byteLength(received.body));
      expect(received.headers.etag).toBe('W/"same-tag"');
    }
    // Same ETag, other bytes (a tag collision or a handler that reuses tags): the bytes served win.
    page = PAGE.replace("Perché", "Come mai").replace(FLIGHT_INIT, "<script>alert(2)</script>");
    const third = await get(base);
    expect(third.body).toBe(addNonceToFrameworkScripts(page, nonceOf(third)!).html);
    expect(third.body).toContain("<script>alert(2)</script>");
  });

  it("leaves 304s without a policy and other responses untouched", async () => {
    const base = await serve((req, res) => {
      res.setHeader("Content-Security-Policy", "base-uri 'self'");
      if (req.url === "/json") {
        res.setHeader("Content-Type", "application/json");
        return res.end('{"a":"<script>x</script>"}');
      }
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("ETag", '"t"');
      res.statusCode = 304;
      res.end();
    });
    const notModified = await get(`${base}/`, { "If-None-Match": 'W/"t"' });
    expect(notModified.status).toBe(304);
    expect(notModified.headers["content-security-policy"]).toBeUndefined();
    expect(notModified.headers["cache-control"]).toBe("private, no-cache");
    const json = await get(`${base}/json`);
    expect(json.body).toBe('{"a":"<script>x</script>"}');
    expect(json.headers["content-security-policy"]).toBe("base-uri 'self'");
  });
});
