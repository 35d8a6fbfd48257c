import { FACETS } from "@/lib/practices/facets";
import type { Db } from "@/lib/prisma-client";

// Old public links to a merged value (/pratiche?area=vecchia) lead to the value it was merged
// into: the proxy answers them with a permanent redirect to the same URL with the surviving slug,
// so the listing filters, and shows, what the link meant. A slug that is a value again (added
// anew, or the merge undone) is no alias.

const TERM_FACETS = FACETS.flatMap((facet) => (facet.kind === "term" ? [[facet.key, facet.vocabulary] as const] : []));

/** "AREA:vecchia" → "nuova" */
export type AliasMap = ReadonlyMap<string, string>;

export async function loadAliases(client: Pick<Db, "$queryRaw">): Promise<AliasMap> {
  const rows = await client.$queryRaw<{ vocabulary: string; slug: string; target: string }[]>`
    SELECT a."vocabulary"::text AS "vocabulary", a."slug", t."slug" AS "target"
    FROM "TermAlias" a JOIN "Term" t ON t."id" = a."termId"
    WHERE NOT EXISTS (SELECT 1 FROM "Term" x WHERE x."vocabulary" = a."vocabulary" AND x."slug" = a."slug")`;
  return new Map(rows.map((row) => [`${row.vocabulary}:${row.slug}`, row.target]));
}

/** Whether a listing URL filters by any vocabulary (only those can hold an alias). */
export function hasTermFilter(search: URLSearchParams) {
  return TERM_FACETS.some(([key]) => search.has(key));
}

/** The query string with every alias replaced by its value (order kept), or null when there is none. */
export function withoutAliases(search: URLSearchParams, aliases: AliasMap): URLSearchParams | null {
  if (aliases.size === 0) return null;
  const vocabularyOf = new Map<string, string>(TERM_FACETS);
  const next = new URLSearchParams();
  const seen = new Set<string>();
  let changed = false;
  for (const [key, raw] of search) {
    const vocabulary = vocabularyOf.get(key);
    if (vocabulary === undefined) {
      if (key !== "pagina") next.append(key, raw);
      continue;
    }
    for (const value of raw.split(",")) {
      const target = aliases.get(`${vocabulary}:${value.trim().toLowerCase()}`);
      if (target !== undefined) changed = true;
      const kept = target ?? value;
      if (seen.has(`${key}=${kept}`)) continue;
      seen.add(`${key}=${kept}`);
      next.append(key, kept);
    }
  }
  return changed ? next : null;
}
