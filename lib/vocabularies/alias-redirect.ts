import { proxyClient } from "@/lib/auth/proxy-session";
import { hasTermFilter, loadAliases, withoutAliases, type AliasMap } from "@/lib/vocabularies/aliases";

// For the proxy: the alias table is tiny and changes only on merges, so each process rereads it
// at most every ALIAS_TTL_MS, and only for listing URLs that filter by a vocabulary.

const ALIAS_TTL_MS = 5_000;
const LISTING_PATHS = new Set(["/pratiche", "/mappa"]);

let cached: { at: number; aliases: Promise<AliasMap> } | null = null;

function currentAliases(now = Date.now()) {
  if (!cached || now - cached.at > ALIAS_TTL_MS) {
    const aliases = loadAliases(proxyClient());
    cached = { at: now, aliases };
    aliases.catch(() => {
      cached = null;
    });
  }
  return cached.aliases;
}

/** The URL an old listing link should be redirected to, or null. Never throws: no alias, no redirect. */
export async function aliasRedirect(url: URL): Promise<URL | null> {
  if (!LISTING_PATHS.has(url.pathname) || !hasTermFilter(url.searchParams)) return null;
  const aliases = await currentAliases().catch(() => new Map<string, string>());
  const search = withoutAliases(url.searchParams, aliases);
  if (!search) return null;
  const target = new URL(url);
  target.search = search.toString();
  return target;
}
