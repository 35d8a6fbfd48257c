// The session cookie's name, in a module of its own: the render code, proxy.ts and the production
// server (lib/server/request-limits.ts) need it, and the last two cannot import the server-only
// session module. Over https it carries the __Host- prefix: browsers then accept it only with
// Secure, Path=/ and no Domain, so neither a sibling subdomain nor a plain-http page can plant or
// overwrite it.
export function sessionCookieName(siteUrl: string) {
  return siteUrl.startsWith("https://") ? "__Host-sessione_admin" : "sessione_admin";
}

/** A Cookie header carrying a session cookie under either name. */
export const SESSION_COOKIE_IN_HEADER = /(?:^|;\s*)(?:__Host-)?sessione_admin=/;
