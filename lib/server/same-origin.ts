/**
 * Whether a request that writes comes from this site: no Origin header (same-origin navigation
 * by older browsers, scripts), or one naming the host the request was sent to — the comparison
 * Next makes for server actions.
 */
export function isSameOrigin(request: Request) {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export const CROSS_ORIGIN_MESSAGE = "Richiesta da un altro sito: rifiutata.";
