// Request bodies are bounded before Next sees them. Next's proxy copies every body it is given
// (up to 10 MB, reading the rest to the end) before any route runs, and a body sent without
// Content-Length (chunked) has no size to check up front. So the production server receives each
// body itself, whatever its transfer encoding: past the limit it answers 413 at once with the
// limit's message and closes the connection without reading further; within it, Next gets the body
// as received. A body that stops arriving is answered 408 after BODY_IDLE_MS; a server action's
// arguments that React could not have sent, 400 (action-arguments.ts).
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from "node:http";
import { SESSION_COOKIE_IN_HEADER } from "../auth/session-cookie.ts";
import { MAX_IMPORT_BODY_BYTES, TOO_LARGE_MESSAGE } from "../import/limits.ts";
import { MALFORMED_ACTION_MESSAGE, malformedActionArguments } from "./action-arguments.ts";

/** Any request: Next's own limit for server actions (serverActions.bodySizeLimit, 1 MB). */
export const MAX_REQUEST_BODY_BYTES = 1024 * 1024;
export const UPLOAD_PATH = "/api/admin/import";
export const BODY_IDLE_MS = 10_000;
/**
 * For node:http's createServer: headers must arrive within 15 s and a whole request within 120 s
 * (a 10 MB upload at 0.7 Mbit/s), checked every 2 s; Node answers 408 and closes past either.
 */
export const SERVER_TIMEOUTS = { headersTimeout: 15_000, requestTimeout: 120_000, connectionsCheckingInterval: 2_000 };

type Limit = { bytes: number; message: string };

const GENERAL: Limit = { bytes: MAX_REQUEST_BODY_BYTES, message: "La richiesta supera il limite di 1 MB." };
const UPLOAD: Limit = { bytes: MAX_IMPORT_BODY_BYTES, message: TOO_LARGE_MESSAGE };

/**
 * Only a request that could be a signed-in upload may send more than 1 MB: past 1 MB its body is
 * read on only once its session is confirmed (SessionCheck).
 */
function limitOf(req: IncomingMessage): Limit {
  const path = req.url?.split("?")[0];
  const signedIn = SESSION_COOKIE_IN_HEADER.test(req.headers.cookie ?? "");
  return req.method === "POST" && path === UPLOAD_PATH && signedIn ? UPLOAD : GENERAL;
}

const hasBody = (req: IncomingMessage) =>
  req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0;

/** Whether the announced length is over the limit (for `Expect: 100-continue`: refuse before the body). */
export function announcedTooLarge(req: IncomingMessage) {
  return Number(req.headers["content-length"] ?? 0) > limitOf(req).bytes;
}

// After refusing, the server stops reading but keeps the socket open for a moment: closing a socket
// with unread data sends a reset, and a reset can make the client's system drop the answer before
// the client has read it (seen in the tests: the 413 lost half of the time without this).
const LINGER_MS = 2_000;

/**
 * Answers on the socket itself and half-closes it: node:http's response would destroy the socket
 * as soon as the answer is written (Connection: close), unread body and all.
 */
function refuse(req: IncomingMessage, status: 400 | 408 | 413, message: string) {
  const { socket } = req;
  if (socket.destroyed) return;
  const accept = req.headers.accept ?? "";
  const [type, body] = accept.includes("application/json")
    ? ["application/json", JSON.stringify({ error: message })]
    : accept.includes("text/html")
      ? ["text/html; charset=utf-8", errorPage(message, req.url?.startsWith(UPLOAD_PATH) ?? false)]
      : ["text/plain; charset=utf-8", message];
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    `Content-Type: ${type}`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Cache-Control: no-store",
    "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    "X-Content-Type-Options: nosniff",
    "Connection: close",
    `Date: ${new Date().toUTCString()}`,
  ];
  socket.end(`${head.join("\r\n")}\r\n\r\n${body}`);
  setTimeout(() => socket.destroy(), LINGER_MS).unref();
}

function errorPage(message: string, upload: boolean) {
  const text = message.replace(/[<>&]/g, "");
  const back = upload ? `<a href="/admin/import">Torna all'importazione</a>` : `<a href="/">Torna al sito</a>`;
  return `<!doctype html><html lang="it"><meta charset="utf-8"><title>Richiesta rifiutata</title>
<body style="font-family:sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem"><h1>Richiesta rifiutata</h1>
<p>${text}</p><p>${back}</p></body></html>`;
}

/**
 * Whether a Cookie header carries a live session allowed to upload. A cookie that only looks like
 * one (any `sessione_admin=x`) must not let anyone make a worker hold 10 MB for two minutes.
 */
export type SessionCheck = (cookie: string) => Promise<boolean>;

/**
 * Connect-style middleware, first in the chain. node:http's parser hands each piece of the body to
 * `req.push` (Readable's producer side) as it arrives, before anyone reads it; wrapping it for the
 * time of the request is how the body is counted without consuming the stream Next will read.
 */
export function limitRequestBody(
  req: IncomingMessage,
  _res: ServerResponse,
  next: () => void,
  checkSession?: SessionCheck,
) {
  if (!hasBody(req)) return malformedActionArguments(req, []) ? refuse(req, 400, MALFORMED_ACTION_MESSAGE) : next();
  const limit = limitOf(req);
  if (Number(req.headers["content-length"] ?? 0) > limit.bytes) return refuse(req, 413, limit.message);
  // Asked at once, awaited only if the body grows past 1 MB (most imports are smaller).
  let confirmation = limit === UPLOAD && checkSession ? checkSession(req.headers.cookie ?? "") : null;
  const push = req.push;
  const chunks: Buffer[] = [];
  let size = 0;
  let settled = false;
  const settle = () => {
    settled = true;
    clearTimeout(idle);
  };
  const idle = setTimeout(() => {
    settle();
    refuse(req, 408, "La richiesta è rimasta incompleta troppo a lungo: riprova.");
  }, BODY_IDLE_MS);
  req.once("close", settle);
  req.push = function (chunk: Buffer | null, encoding?: BufferEncoding) {
    // Refused: nothing more is read (false pauses the socket).
    if (settled) return false;
    if (chunk === null) {
      settle();
      if (malformedActionArguments(req, chunks)) {
        refuse(req, 400, MALFORMED_ACTION_MESSAGE);
        return false;
      }
      req.push = push;
      for (const received of chunks) push.call(req, received);
      push.call(req, null);
      chunks.length = 0; // the stream holds them now; this closure lives as long as the request
      next();
      return false;
    }
    size += chunk.length;
    if (size > limit.bytes) {
      settle();
      refuse(req, 413, limit.message);
      return false;
    }
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk);
    idle.refresh();
    if (confirmation && size > GENERAL.bytes) {
      const confirming = confirmation;
      confirmation = null;
      void confirming.then((signedIn) => {
        if (settled) return;
        if (signedIn) return void req.socket.resume();
        settle();
        refuse(req, 413, GENERAL.message);
      });
      // False pauses the socket (node:http's parser stops reading) until the answer.
      return false;
    }
    return true;
  };
}
