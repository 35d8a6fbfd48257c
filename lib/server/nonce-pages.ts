// Connect-style middleware for the production server: holds back HTML responses until they are
// complete, gives the framework's inline scripts a fresh nonce and sends the nonce policy with
// them. Pages stay prerendered and cached on the server; only the nonce is per response. Every
// other response (assets, RSC payloads, JSON, CSV) passes through untouched.
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
import { addNonceToFrameworkScripts } from "./framework-scripts.ts";

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

export function noncePages(req: IncomingMessage, res: ServerResponse, next: () => void) {
  if (req.method === "HEAD") return next();
  const original = { write: res.write, end: res.end, writeHead: res.writeHead, flushHeaders: res.flushHeaders };
  const endWith = (...args: unknown[]) => (original.end as (...args: unknown[]) => ServerResponse).call(res, ...args);
  const chunks: Buffer[] = [];
  let holding: boolean | undefined;
  const decide = () => (holding ??= isHtml(res.getHeader("content-type")) && !res.hasHeader("content-encoding"));
  const restore = () => Object.assign(res, original);

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
    if (res.statusCode === 304) prepareNotModified(req, res);
    if (!decide()) {
      restore();
      return original.writeHead.call(res, res.statusCode);
    }
    return res;
  } as ServerResponse["writeHead"];

  res.flushHeaders = function () {
    if (res.statusCode === 304) prepareNotModified(req, res);
    if (!decide()) {
      restore();
      original.flushHeaders.call(res);
    }
  };

  res.write = function (
    this: ServerResponse,
    chunk: Chunk,
    encoding?: Encoding | ((error?: Error | null) => void),
    callback?: (error?: Error | null) => void,
  ) {
    if (!decide()) {
      restore();
      return (original.write as (...args: unknown[]) => boolean).call(res, chunk, encoding, callback);
    }
    chunks.push(toBuffer(chunk, typeof encoding === "string" ? encoding : undefined));
    const done = typeof encoding === "function" ? encoding : callback;
    if (done) process.nextTick(done);
    return true;
  } as ServerResponse["write"];

  res.end = function (
    this: ServerResponse,
    chunk?: Chunk | (() => void),
    encoding?: Encoding | (() => void),
    callback?: () => void,
  ) {
    const done = [chunk, encoding, callback].find((value) => typeof value === "function") as (() => void) | undefined;
    if (chunk !== undefined && typeof chunk !== "function" && chunk !== null) {
      if (!decide()) {
        restore();
        return endWith(chunk, encoding, callback);
      }
      chunks.push(toBuffer(chunk, typeof encoding === "string" ? encoding : undefined));
    }
    restore();
    if (res.statusCode === 304) prepareNotModified(req, res);
    if (!decide() || res.statusCode === 304) return endWith(done);
    if (chunks.length === 0) return endWith(done);
    const nonce = randomBytes(16).toString("base64");
    const { html, refused } = addNonceToFrameworkScripts(Buffer.concat(chunks).toString("utf8"), nonce);
    if (refused > 0) console.warn(`CSP: ${refused} script inline non riconosciuti lasciati senza nonce in ${req.url}`);
    const body = Buffer.from(html, "utf8");
    if (!res.headersSent) {
      setPageCaching(res);
      res.setHeader("Content-Security-Policy", pagePolicy(nonce));
      res.setHeader("Content-Length", body.byteLength);
    }
    return endWith(body, done);
  } as ServerResponse["end"];

  next();
}
