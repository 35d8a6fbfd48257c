// A path whose percent-encoding does not decode (`/pratiche/%E0`) made Next's router throw while
// reading the route's parameters: a bare 500 without the site's security headers. It is not an
// address anyone can mean, so the production server answers 400 before Next sees it.
import type { IncomingMessage, ServerResponse } from "node:http";

export function decodablePath(url: string | undefined) {
  const [path = "/"] = (url ?? "/").split("?");
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

export function refuseMalformedPath(req: IncomingMessage, res: ServerResponse, next: () => void) {
  if (decodablePath(req.url)) return next();
  res.writeHead(400, {
    "Content-Type": "text/plain; charset=utf-8",
    "Cache-Control": "no-store",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
  });
  res.end("Indirizzo non valido.");
}
