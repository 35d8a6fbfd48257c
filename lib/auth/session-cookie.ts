// The session cookie's name, shared by the render code and proxy.ts. Over https it carries the
// __Host- prefix: browsers then accept it only with Secure, Path=/ and no Domain, so neither a
// sibling subdomain nor a plain-http page can plant or overwrite it.
export function sessionCookieName(siteUrl: string) {
  return siteUrl.startsWith("https://") ? "__Host-sessione_admin" : "sessione_admin";
}
