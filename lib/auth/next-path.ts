// Where to go after signing in. The candidate comes from the query string or a form field, so it
// is resolved the way a browser would resolve it (dot segments, "\" read as "/", %2e read as ".")
// against the site's own origin; only a same-origin path inside the admin area is followed, and
// the normalised form is what the redirect sends.

export const DEFAULT_NEXT_PATH = "/admin/pratiche";

// Encoded separators are left encoded by URL parsing, but a later decoder (a proxy, a router)
// could turn them into real ones: no admin page needs them.
const ENCODED_SEPARATOR = /%(2f|5c)/i;

export function resolveNextPath(candidate: string | undefined | null, origin: string) {
  if (!candidate || candidate.length > 2000) return DEFAULT_NEXT_PATH;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(candidate, base);
  } catch {
    return DEFAULT_NEXT_PATH;
  }
  if (url.origin !== base.origin || url.username || url.password) return DEFAULT_NEXT_PATH;
  const path = url.pathname;
  if (!path.startsWith("/admin/") && path !== "/admin") return DEFAULT_NEXT_PATH;
  if (path.startsWith("/admin/login") || ENCODED_SEPARATOR.test(path) || path.includes("//")) return DEFAULT_NEXT_PATH;
  return path + url.search;
}
