import { createHash } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { LRUCache } from "lru-cache";
import { TAGS } from "../cache-tags.ts";
import { cacheSyncStatus, invalidatedSince } from "../cache/sync-state.ts";

// Middleware of the production server: the listing page (/pratiche with any filters) for an
// address asked before is answered from this process's memory, without rendering it again.
// Region and area clicks repeat the same few addresses a lot; the data reads behind the page are
// cached already ('use cache'), but rendering the page was most of each request's time.
//
// Sound because the page depends on its address and the catalogue only: no public page reads
// cookies or request headers (the compare selection is in the address too). Stored is what Next
// rendered, before the nonce and the compression of the outer layers, which each replay still
// passes through: every response gets its own nonce and policy. An entry is not served once one of
// LISTING_TAGS was invalidated after its render began — here or, through lib/cache/tag-sync.ts, in
// any other process or instance — nor while this process cannot hear other processes'
// invalidations (before its cache sync listens, or while it reconnects).

/** Everything the listing reads: sheets and their counts, vocabularies, regions, search synonyms. */
const LISTING_TAGS = [TAGS.practices, TAGS.vocabularies, TAGS.regions, TAGS.searchSynonyms];
const MAX_AGE_MS = 60 * 60 * 1000;
const BUDGET_BYTES = (Number(process.env.LISTING_CACHE_MB) || 16) * 1024 * 1024;
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

type Entry = { headers: OutgoingHttpHeaders; body: Buffer; renderedAt: number };

const entries = new LRUCache<string, Entry>({
  maxSize: BUDGET_BYTES,
  sizeCalculation: (entry, key) => entry.body.byteLength + key.length + 512,
  ttl: MAX_AGE_MS,
});

function isListingDocument(req: IncomingMessage) {
  if (req.method !== "GET" || !req.url) return false;
  const [path, query = ""] = req.url.split("?", 2);
  if (path !== "/pratiche" || /(^|&)_rsc=/.test(query)) return false;
  return !RSC_HEADERS.some((name) => name in req.headers) && !("next-action" in req.headers);
}

const fresh = (entry: Entry) => !LISTING_TAGS.some((tag) => invalidatedSince(tag, entry.renderedAt));
const listening = () => cacheSyncStatus() === "in ascolto";

export function listingCache(req: IncomingMessage, res: ServerResponse, next: () => void) {
  if (!isListingDocument(req)) return next();
  const key = req.url!;
  const kept = entries.get(key);
  if (kept && listening() && fresh(kept)) {
    res.statusCode = 200;
    for (const [name, value] of Object.entries(kept.headers)) if (value !== undefined) res.setHeader(name, value);
    res.setHeader("x-listing-cache", "hit");
    res.end(kept.body);
    return;
  }
  if (kept) entries.delete(key);
  capture(res, key, Date.now());
  next();
}

/** Passes the response on as it is written, and keeps a copy of a complete 200 page. */
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

function store(res: ServerResponse, key: string, renderedAt: number, chunks: Buffer[]) {
  // Next marks every page rendered per request `no-store`: that is for browsers and shared caches,
  // and is replayed to them as it is; the reasoning above is what makes this copy sound.
  const type = String(res.getHeader("content-type") ?? "");
  if (res.statusCode !== 200 || !type.startsWith("text/html")) return;
  if (!listening() || res.hasHeader("content-encoding")) return;
  const body = Buffer.concat(chunks);
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(res.getHeaders())) if (!NOT_STORED.has(name)) headers[name] = value;
  // A tag of the bytes lets the nonce layer keep this page's template (lib/server/nonce-pages.ts).
  headers.etag ??= `"${createHash("sha1").update(body).digest("base64url")}"`;
  const entry = { headers, body, renderedAt };
  if (fresh(entry)) entries.set(key, entry);
}
