import { createHash } from "node:crypto";
import type { Problem } from "@/lib/api/schemas";
import { siteUrl } from "@/lib/env";

// HTTP details shared by every open-data response: read-only CORS, caching headers, ETags with
// 304 answers, and errors in one shape (RFC 9457 problem details).

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Accept, If-None-Match",
  "Access-Control-Expose-Headers": "ETag, Content-Disposition",
  "Access-Control-Max-Age": "86400",
} as const;

/** Published data changes only when staff edit it: a few minutes stale is fine, and cheap. */
export const CACHE_CONTROL = {
  data: "public, max-age=300, stale-while-revalidate=3600",
  error: "public, max-age=60",
} as const;

export const CONTENT_TYPES = {
  json: "application/json; charset=utf-8",
  problem: "application/problem+json; charset=utf-8",
  csv: "text/csv; charset=utf-8; header=present",
  atom: "application/atom+xml; charset=utf-8",
  jsonld: "application/ld+json; charset=utf-8",
  turtle: "text/turtle; charset=utf-8",
} as const;

export function etagOf(body: string) {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

function matchesEtag(ifNoneMatch: string | null, etag: string) {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

type BodyOptions = {
  contentType: string;
  status?: number;
  cacheControl?: string;
  headers?: Record<string, string>;
  /** The body's tag, when it is known already (a kept download file). */
  etag?: string;
};

/** A body with its ETag, answered with 304 and no body when the client already has it. */
export function bodyResponse(
  request: Request,
  body: string,
  { contentType, status = 200, cacheControl, headers, etag = etagOf(body) }: BodyOptions,
) {
  const common = {
    ...CORS_HEADERS,
    ETag: etag,
    "Cache-Control": cacheControl ?? (status < 400 ? CACHE_CONTROL.data : CACHE_CONTROL.error),
    "X-Content-Type-Options": "nosniff",
    ...headers,
  };
  if (status === 200 && matchesEtag(request.headers.get("if-none-match"), etag))
    return new Response(null, { status: 304, headers: common });
  return new Response(body, { status, headers: { ...common, "Content-Type": contentType } });
}

export function jsonResponse(
  request: Request,
  data: unknown,
  options: Omit<BodyOptions, "contentType"> & { contentType?: string } = {},
) {
  return bodyResponse(request, JSON.stringify(data), { contentType: CONTENT_TYPES.json, ...options });
}

export const problemType = (name: string) => `${siteUrl()}/open-data/api#${name}`;

export function problemResponse(request: Request, problem: Problem) {
  return jsonResponse(request, problem, { status: problem.status, contentType: CONTENT_TYPES.problem });
}

export function invalidParameters(request: Request, errors: { parametro: string; messaggio: string }[]) {
  return problemResponse(request, {
    type: problemType("parametri-non-validi"),
    title: "Parametri non validi",
    status: 400,
    detail: errors.map((error) => `${error.parametro}: ${error.messaggio}`).join(" "),
    errori: errors,
  });
}

/** An export larger than the server builds at once: 413 with the reason, nothing cut short. */
export function exportTooLargeProblem(request: Request, detail: string) {
  return problemResponse(request, {
    type: problemType("esportazione-troppo-grande"),
    title: "Esportazione troppo grande",
    status: 413,
    detail,
  });
}

export function notFoundProblem(request: Request, detail: string) {
  return problemResponse(request, {
    type: problemType("non-trovato"),
    title: "Risorsa non trovata",
    status: 404,
    detail,
  });
}

/** The answer to a CORS preflight: only reads are allowed, from any origin. */
export function preflightResponse() {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}
