// Connect-style middleware for the production server: gives the framework's inline scripts of
// every HTML page a fresh nonce and sends the nonce policy with them. Pages stay prerendered and
// cached on the server; only the nonce is per response. Every other response (assets, RSC
// payloads, JSON, CSV) passes through untouched. A page is held until complete:
// - one with an ETag (Next answers it from its page cache: the same bytes every time) has its
//   template — the bytes and where the nonces go, found once (lib/server/nonce-insertion.ts) — kept
//   by ETag; each response then only checks the bytes are the template's (a memory compare) and
//   copies them with its nonce inserted;
// - one rendered for this request is scanned once. It is not streamed: Next sets the status of a
//   page that calls notFound() while it renders (a 404 after the first bytes are written), and only
//   a held response still sends that status instead of a 200 (e2e: unknown status links, forms of
//   illustrative sheets).
//
// HTTP caching of pages, made to agree with the nonce (README, *Reliability and security*):
// - a page is `Cache-Control: private, no-cache` (unless Next already said `no-store`): a browser
//   keeps its own copy, with its own nonce and policy, and revalidates it before each use; a shared
//   cache never stores it, so no two people ever get the same nonce;
// - its ETag, which Next computes on the page before the nonce, is sent weak (`W/"…"`): responses
//   differ in their bytes (the nonce) but not in their content, which is what a weak tag means;
// - a 304 carries no Content-Security-Policy: it confirms the browser's stored copy, whose scripts
//   carry the nonce of the stored policy, and a policy on the 304 would replace the stored one.
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { pagePolicy } from "./content-security-policy.ts";
import { LRUCache } from "lru-cache";
import { nonceAttribute, scanScripts, withNonce } from "./nonce-insertion.ts";
import { withNotFoundMessage } from "./not-found-shell.ts";

type Chunk = string | Uint8Array;
type Encoding = BufferEncoding | undefined;

const isHtml = (type: unknown) => typeof type === "string" && type.startsWith("text/html");
export const PAGE_CACHE_CONTROL = "private, no-cache";

/** The page caching above, on the headers of a held page or of a 304 that revalidates one. */
function setPageCaching(res: ServerResponse) {
  const cacheControl = String(res.getHeader("cache-control") ?? "");
  if (!/\bno-store\b/.test(cacheControl)) res.setHeader("Cache-Control", PAGE_CACHE_CONTROL);
  const etag = res.getHeader("etag");
  if (typeof etag === "string" && etag.startsWith('"')) res.setHeader("ETag", `W/${etag}`);
}

/**
 * Whether a 304 revalidates a page served through here: its ETag is one we sent weak. (Next's
 * own tags are strong; files of public/ carry weak tags already and are answered weak.)
 */
function revalidatesPage(req: IncomingMessage, res: ServerResponse) {
  const etag = res.getHeader("etag");
  const ifNoneMatch = req.headers["if-none-match"];
  return typeof etag === "string" && etag.startsWith('"') && Boolean(ifNoneMatch?.includes(`W/${etag}`));
}

/** Headers of a 304, for any response: never a policy (see above); a page's caching if it is one. */
function prepareNotModified(req: IncomingMessage, res: ServerResponse) {
  if (res.headersSent) return;
  res.removeHeader("Content-Security-Policy");
  if (revalidatesPage(req, res)) setPageCaching(res);
}

function toBuffer(chunk: Chunk, encoding?: Encoding) {
  return typeof chunk === "string"
    ? Buffer.from(chunk, encoding ?? "utf8")
    : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

type Template = { bytes: Buffer; offsets: number[] };

// Templates of cached pages by ETag, bounded by their bytes (a prerendered page is 40–170 KB).
export const TEMPLATE_CACHE_BYTES = 8 * 1024 * 1024;
const templates = new LRUCache<string, Template>({
  maxSize: TEMPLATE_CACHE_BYTES,
  sizeCalculation: (template) => template.bytes.byteLength + 8 * template.offsets.length + 64,
});

const warnRefused = (refused: number, url: string | undefined) => {
  if (refused > 0) console.warn(`CSP: ${refused} script inline non riconosciuti lasciati senza nonce in ${url}`);
};

/** The template of a held page: the one kept for its ETag when the bytes are the same, else made now. */
function templateOf(bytes: Buffer, etag: unknown, url: string | undefined): Template {
  const kept = typeof etag === "string" ? templates.get(etag) : undefined;
  if (kept && kept.bytes.equals(bytes)) return kept;
  const scan = scanScripts(bytes, true);
  warnRefused(scan.refused, url);
  const template = { bytes, offsets: scan.offsets };
  if (typeof etag === "string" && bytes.byteLength <= TEMPLATE_CACHE_BYTES / 8) templates.set(etag, template);
  return template;
}

const newNonce = () => randomBytes(16).toString("base64");

export function noncePages(req: IncomingMessage, res: ServerResponse, next: () => void) {
  if (req.method === "HEAD") return next();
  const original = { write: res.write, end: res.end, writeHead: res.writeHead, flushHeaders: res.flushHeaders };
  const writeWith = (...args: unknown[]) => (original.write as (...args: unknown[]) => boolean).call(res, ...args);
  const endWith = (...args: unknown[]) => (original.end as (...args: unknown[]) => ServerResponse).call(res, ...args);
  const chunks: Buffer[] = [];
  let mode: "pass" | "hold" | undefined;
  const restore = () => Object.assign(res, original);

  // Once the headers are known: pass (not a page, or a 304) or hold (a page).
  const decide = () => {
    if (mode) return mode;
    if (res.statusCode === 304) prepareNotModified(req, res);
    if (res.statusCode === 304 || !isHtml(res.getHeader("content-type")) || res.hasHeader("content-encoding")) {
      restore();
      return (mode = "pass");
    }
    return (mode = "hold");
  };

  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    const headers = rest.find((value) => typeof value === "object" && value !== null);
    const message = rest.find((value) => typeof value === "string");
    res.statusCode = status;
    if (typeof message === "string") res.statusMessage = message;
    if (Array.isArray(headers))
      for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1]);
    else if (headers)
      for (const [name, value] of Object.entries(headers))
        if (value !== undefined) res.setHeader(name, value as string);
    if (decide() !== "hold") return original.writeHead.call(res, res.statusCode);
    return res;
  } as ServerResponse["writeHead"];

  res.flushHeaders = function () {
    // A held page's headers wait for its body (its Content-Length and final status).
    if (decide() !== "hold") original.flushHeaders.call(res);
  };

  res.write = function (
    this: ServerResponse,
    chunk: Chunk,
    encoding?: Encoding | ((error?: Error | null) => void),
    callback?: (error?: Error | null) => void,
  ) {
    const done = typeof encoding === "function" ? encoding : callback;
    const bytes = () => toBuffer(chunk, typeof encoding === "string" ? encoding : undefined);
    switch (decide()) {
      case "pass":
        return writeWith(chunk, encoding, callback);
      case "hold":
        chunks.push(bytes());
        if (done) process.nextTick(done);
        return true;
    }
  } as ServerResponse["write"];

  res.end = function (
    this: ServerResponse,
    chunk?: Chunk | (() => void),
    encoding?: Encoding | (() => void),
    callback?: () => void,
  ) {
    const done = [chunk, encoding, callback].find((value) => typeof value === "function") as (() => void) | undefined;
    const last =
      chunk !== undefined && chunk !== null && typeof chunk !== "function"
        ? toBuffer(chunk, typeof encoding === "string" ? encoding : undefined)
        : undefined;
    const how = decide();
    restore();
    if (how === "pass") return last ? endWith(last, done) : endWith(done);
    if (last) chunks.push(last);
    if (chunks.length === 0) return endWith(done);
    const held = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
    const bytes = (res.statusCode === 404 && withNotFoundMessage(held)) || held;
    const template = templateOf(bytes, res.getHeader("etag"), req.url);
    const nonce = newNonce();
    const attribute = nonceAttribute(nonce);
    const parts = withNonce(template.bytes, template.offsets, attribute);
    if (!res.headersSent) {
      setPageCaching(res);
      res.setHeader("Content-Security-Policy", pagePolicy(nonce));
      res.setHeader("Content-Length", template.bytes.byteLength + template.offsets.length * attribute.byteLength);
    }
    res.cork();
    for (const part of parts.slice(0, -1)) writeWith(part);
    endWith(parts.at(-1), done);
    res.uncork();
    return res;
  } as ServerResponse["end"];

  next();
}
