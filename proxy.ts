import { NextResponse, type NextRequest } from "next/server";
import { sessionUserForProxy } from "@/lib/auth/proxy-session";

// Admin pages render behind a prerendered shell, so a redirect or 403 decided while rendering
// would reach the browser as a 200. This answers page requests with real 307/403 first.
// It is not the protection: every page, action and route handler checks the session itself.

const SESSION_COOKIE = "sessione_admin";
const ADMIN_ONLY = /^\/admin\/(utenti|vocabolari)(\/|$)/;

const FORBIDDEN_PAGE = `<!doctype html><html lang="it"><meta charset="utf-8"><title>Accesso non consentito</title>
<body style="font-family:sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem"><h1>Accesso non consentito</h1>
<p>Il tuo ruolo non permette di aprire questa pagina.</p><p><a href="/admin/pratiche">Torna alle schede</a></p></body></html>`;

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === "/admin/login" || (request.method !== "GET" && request.method !== "HEAD")) return NextResponse.next();

  const token = request.cookies.get(SESSION_COOKIE)?.value;
  const user = token ? await sessionUserForProxy(token) : null;
  if (!user) {
    const login = new URL("/admin/login", request.url);
    login.searchParams.set("next", pathname + search);
    return NextResponse.redirect(login, 307);
  }
  if (ADMIN_ONLY.test(pathname) && user.role !== "ADMIN") {
    return new NextResponse(FORBIDDEN_PAGE, { status: 403, headers: { "content-type": "text/html; charset=utf-8" } });
  }
  return NextResponse.next();
}

export const config = { matcher: ["/admin/:path*"] };
