import { createHash } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { LRUCache } from "lru-cache";
import { anythingInvalidatedSince, cacheSyncListening as listening } from "../cache/sync-state.ts";

// Middleware of the production server: a public page asked before is answered from this process's
// memory, without passing through Next again. Two kinds of page are kept:
// - a page Next answered from its page cache (prerendered: home, sheets, regions, …). Next would
//   answer it again with the same bytes, but its request handling costs more than the page's
//   bytes (issue #16: a quarter of a sheet page's throughput);
// - the listing (/pratiche with any filters), which Next renders per request. Region and area
//   clicks repeat the same few addresses a lot, and rendering the page was most of each request's
//   time. Sound because the listing depends on its address and the catalogue only: no public page
//   reads cookies or request headers (the compare selection is in the address too).
// Stored is what Next sent, before the nonce and the compression of the outer layers, which each
// replay still passes through: every response gets its own nonce and policy. An entry is not
// served once any cache tag was invalidated after its render began — here or, through
// lib/cache/tag-sync.ts, in any other process or instance: every write of the catalogue
// invalidates a tag (lib/cache-tags.ts), and writes are rare next to reads — nor while this process
// cannot hear other processes' invalidations (before its cache sync listens, while it reconnects,
// and while the database is down, when the proxy's 503 must be seen).

const LISTING_PATH = "/pratiche";
const MAX_AGE_MS = 60 * 60 * 1000;
const BUDGET_BYTES = (Number(process.env.RESPONSE_CACHE_MB) || 24) * 1024 * 1024;
// Headers that belong to one response, or that the outer layers set on each one.
const NOT_STORED = new Set(["date", "set-cookie", "content-length", "content-security-policy", "connection"]);
// Client navigations and prefetches ask for an RSC payload that depends on these headers.
const RSC_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
];
// Never kept: the staff's area (sessions), the API and the framework's own files.
const NOT_PAGES = /^\/(admin|api|_next)(\/|$)/;

type Entry = { headers: OutgoingHttpHeaders; body: Buffer; renderedAt: number; etag: string };

const entries = new LRUCache<string, Entry>({
  maxSize: BUDGET_BYTES,
  sizeCalculation: (entry, key) => entry.body.byteLength + key.length + 512,
  ttl: MAX_AGE_MS,
});
// An address with a query string is kept from its second request on: searches typed once, and
// addresses made up to fill memory, would otherwise push out the pages people do ask again.
const askedOnce = new LRUCache<string, true>({ max: 20_000, ttl: MAX_AGE_MS });

function worthKeeping(key: string) {
  if (!key.includes("?") || askedOnce.has(key)) return true;
  askedOnce.set(key, true);
  return false;
}

/**
 * Only a path already in the form Next routes it by is kept: "/./admin/x", "//admin/x" or
 * "/%61dmin/x" reach the same route as "/admin/x" but would slip past NOT_PAGES as written.
 */
function isPlainPath(path: string) {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false;
  }
  return decoded === path && new URL(path, "http://localhost").pathname === path;
}

function isPageDocument(req: IncomingMessage) {
  if (req.method !== "GET" || !req.url) return false;
  const [path = "", query = ""] = req.url.split("?", 2);
  if (!isPlainPath(path) || NOT_PAGES.test(path) || /(^|&)_rsc=/.test(query)) return false;
  return !RSC_HEADERS.some((name) => name in req.headers) && !("next-action" in req.headers);
}

const fresh = (entry: Entry) => !anythingInvalidatedSince(entry.renderedAt);

export function responseCache(req: IncomingMessage, res: ServerResponse, next: () => void) {
  if (!isPageDocument(req)) return next();
  const key = req.url!;
  const kept = entries.get(key);
  if (kept && listening() && fresh(kept)) return replay(req, res, kept);
  if (kept) entries.delete(key);
  if (worthKeeping(key)) capture(res, key, Date.now());
  next();
}

function replay(req: IncomingMessage, res: ServerResponse, entry: Entry) {
  for (const [name, value] of Object.entries(entry.headers)) if (value !== undefined) res.setHeader(name, value);
  res.setHeader("x-response-cache", "hit");
  // A browser revalidating its copy (lib/server/nonce-pages.ts sends the tag weak) gets a 304, as
  // Next would answer it.
  const ifNoneMatch = req.headers["if-none-match"];
  if (ifNoneMatch?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === entry.etag)) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = 200;
  res.end(entry.body);
}

/** Passes the response on as it is written, and keeps a copy of a complete page worth keeping. */
function capture(res: ServerResponse, key: string, renderedAt: number) {
  const original = { write: res.write, end: res.end };
  const chunks: Buffer[] = [];
  const copy = (chunk: unknown, encoding: unknown) => {
    if (typeof chunk === "string")
      chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    copy(chunk, rest[0]);
    return (original.write as (...args: unknown[]) => boolean).call(res, chunk, ...rest);
  } as ServerResponse["write"];
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    Object.assign(res, original);
    if (typeof chunk !== "function") copy(chunk, rest[0]);
    store(res, key, renderedAt, chunks);
    return (original.end as (...args: unknown[]) => ServerResponse).call(res, chunk, ...rest);
  } as ServerResponse["end"];
}

/**
 * How long a response may be kept: a listing page, or a page Next took from (or just put in) its
 * page cache, for no longer than Next itself would (`s-maxage`); nothing else.
 */
function keepFor(res: ServerResponse, key: string) {
  const cacheControl = String(res.getHeader("cache-control") ?? "");
  // Next marks every page rendered per request `no-store`: that is for browsers and shared caches,
  // and is replayed to them as it is; the reasoning above is what makes a listing's copy sound.
  if (key.split("?", 1)[0] === LISTING_PATH) return MAX_AGE_MS;
  const served = String(res.getHeader("x-nextjs-cache") ?? "");
  if ((served !== "HIT" && served !== "MISS") || /\b(no-store|private)\b/.test(cacheControl)) return 0;
  const sharedMaxAge = Number(/\bs-maxage=(\d+)/.exec(cacheControl)?.[1] ?? 0) * 1000;
  return Math.min(sharedMaxAge, MAX_AGE_MS);
}

/**
 * Whether the page's title is in its <head>. Next streams a dynamic page's metadata into <body>
 * when it is ready after the shell (under load), but not for search engines' crawlers, which get
 * it in <head>: a page kept here is replayed to everyone, so only the second shape is kept.
 */
function metadataInHead(body: Buffer) {
  const title = body.indexOf("<title");
  return title >= 0 && title < body.indexOf("</head>");
}

function store(res: ServerResponse, key: string, renderedAt: number, chunks: Buffer[]) {
  const type = String(res.getHeader("content-type") ?? "");
  if (res.statusCode !== 200 || !type.startsWith("text/html")) return;
  if (!listening() || res.hasHeader("content-encoding") || res.hasHeader("set-cookie")) return;
  const ttl = keepFor(res, key);
  if (ttl <= 0) return;
  const body = Buffer.concat(chunks);
  if (!metadataInHead(body)) return;
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(res.getHeaders())) if (!NOT_STORED.has(name)) headers[name] = value;
  // A tag of the bytes lets the nonce layer keep this page's template (lib/server/nonce-pages.ts).
  headers.etag ??= `"${createHash("sha1").update(body).digest("base64url")}"`;
  const entry = { headers, body, renderedAt, etag: String(headers.etag) };
  if (fresh(entry)) entries.set(key, entry, { ttl });
}
