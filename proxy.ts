import { NextResponse, type NextRequest } from "next/server";
import { sessionUserForProxy } from "@/lib/auth/proxy-session";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { databaseAvailable, unavailableResponse } from "@/lib/database-gate";
import { siteUrl } from "@/lib/env";
import { CROSS_ORIGIN_MESSAGE, isSameOrigin } from "@/lib/server/same-origin";
import { aliasRedirect } from "@/lib/vocabularies/alias-redirect";

// Admin pages render behind a prerendered shell, so a redirect or 403 decided while rendering
// would reach the browser as a 200. This answers page requests with real 307/403 first.
// It is not the protection: every page, action and route handler checks the session itself.

const ADMIN_ONLY = /^\/admin\/(utenti|vocabolari|registro)(\/|$)/;
// Pages for people who are not signed in: signing in, and the pages invitation and reset links open.
const PUBLIC_ADMIN = /^\/admin\/(login|password-dimenticata|invito\/[^/]+|nuova-password\/[^/]+)$/;
const PASSWORD_CHANGE_PATH = "/admin/cambio-password";
const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

const FORBIDDEN_PAGE = `<!doctype html><html lang="it"><meta charset="utf-8"><title>Accesso non consentito</title>
<body style="font-family:sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem"><h1>Accesso non consentito</h1>
<p>Il tuo ruolo non permette di aprire questa pagina.</p><p><a href="/admin/pratiche">Torna alle schede</a></p></body></html>`;

// It also answers a quick, friendly 503 on every page while the database is down, instead of
// requests that fail slowly one by one; /api/health keeps reporting the details.

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // A NUL byte is never part of a real address, and PostgreSQL refuses it in text: a path with
  // one is answered 400 here, and one in the query string is dropped before any page sees it,
  // rather than a 500 from whichever query would receive it.
  if (/%00|\0/.test(pathname)) {
    return new NextResponse("Richiesta non valida.", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  // Next refuses a server action posted from another site by throwing, which answered 500: the
  // refusal is a 403 here, for every request that writes, before any page or action runs.
  if (!READ_METHODS.has(request.method) && !isSameOrigin(request)) {
    return new NextResponse(CROSS_ORIGIN_MESSAGE, {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const withoutNul = /%00|\0/.test(search) ? request.nextUrl.clone() : null;
  if (withoutNul) withoutNul.search = search.replace(/%00|\0/g, "");
  const forward = () => (withoutNul ? NextResponse.rewrite(withoutNul) : NextResponse.next());

  if (!(await databaseAvailable())) return unavailableResponse(pathname);
  if (!pathname.startsWith("/admin")) {
    // Old links to a vocabulary value that was merged away filter by the value it became.
    // Temporary (307): an admin can undo the merge, and browsers keep permanent redirects.
    const moved = READ_METHODS.has(request.method) ? await aliasRedirect(request.nextUrl) : null;
    return moved ? NextResponse.redirect(moved, 307) : forward();
  }
  if (PUBLIC_ADMIN.test(pathname) || (request.method !== "GET" && request.method !== "HEAD")) return forward();

  const token = request.cookies.get(sessionCookieName(siteUrl()))?.value;
  const user = token ? await sessionUserForProxy(token) : null;
  if (!user) {
    const login = new URL("/admin/login", request.url);
    login.searchParams.set("next", pathname + search);
    return NextResponse.redirect(login, 307);
  }
  if (user.mustChangePassword && pathname !== PASSWORD_CHANGE_PATH) {
    return NextResponse.redirect(new URL(PASSWORD_CHANGE_PATH, request.url), 307);
  }
  if (ADMIN_ONLY.test(pathname) && user.role !== "ADMIN") {
    return new NextResponse(FORBIDDEN_PAGE, { status: 403, headers: { "content-type": "text/html; charset=utf-8" } });
  }
  return forward();
}

// Every request but build assets, the health check (which must answer while the database is down)
// and the import upload: Next copies the body of every request the proxy sees into memory before
// the route runs, and the upload (up to 10 MB) needs nothing from the proxy — its route checks the
// session itself.
export const config = {
  matcher: [
    "/((?!_next/static|_next/image|api/health|api/admin/import|favicon\\.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|woff2?|css|js|map)$).*)",
  ],
};
