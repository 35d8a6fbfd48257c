import type { IncomingMessage, ServerResponse } from "node:http";

// A public form refused by a submission limit (lib/submissions/limits.ts) answers HTTP 429.
// Next answers every server action itself: a native POST with 303 (Post/Redirect/Get, here to the
// form with what was typed), a JavaScript call with 200. The action marks the redirect of a limit
// refusal with RETRY_PARAM; this production server turns that 303 into a 429 with Retry-After,
// whose Refresh header and link lead to the same address, where the form shows the message and
// keeps the text. With JavaScript the message arrives in the page as every other refusal does.

/** The query parameter carrying the seconds after which the limit lets a new submission through. */
export const RETRY_PARAM = "riprova_tra";

function retryAfter(location: unknown) {
  if (typeof location !== "string" || !location.startsWith("/")) return null;
  const seconds = new URL(location, "http://localhost").searchParams.get(RETRY_PARAM);
  return seconds && /^[1-9][0-9]{0,5}$/.test(seconds) ? seconds : null;
}

const escapeAttribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

function page(location: string) {
  const href = escapeAttribute(location);
  return `<!doctype html><html lang="it"><meta charset="utf-8"><title>Troppe segnalazioni</title>
<body style="font-family:sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem"><h1>Troppe segnalazioni</h1>
<p>La segnalazione non è stata registrata: è stato raggiunto un limite di invii. Quello che hai scritto è conservato.</p>
<p><a href="${href}">Torna al modulo</a></p></body></html>`;
}

export function tooManyRequests(req: IncomingMessage, res: ServerResponse, next: () => void) {
  if (req.method !== "POST") return next();
  const end = res.end;
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    res.end = end;
    const location = res.getHeader("location");
    const seconds = res.statusCode === 303 && !res.headersSent ? retryAfter(location) : null;
    if (!seconds || typeof location !== "string")
      return (end as (...args: unknown[]) => ServerResponse).apply(res, args);
    res.statusCode = 429;
    res.removeHeader("location");
    res.setHeader("retry-after", seconds);
    res.setHeader("refresh", `0; url=${location}`);
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.setHeader("cache-control", "no-store");
    return (end as (chunk: string) => ServerResponse).call(res, page(location));
  } as ServerResponse["end"];
  next();
}
