import { db } from "@/lib/db";
import { FACETS } from "@/lib/practices/facets";
import type { PracticeFilters } from "@/lib/practices/search-params";
import type { SelectedKeys } from "@/lib/practices/search-sql";

// The keys of the selected facet values (see lib/practices/search-sql.ts, facetKeysQuery), resolved
// from vocabularies a cached page already holds instead of in a round trip of their own: the uncached
// listing's first query, and Prisma's whole client path, on every request.

type EnumType = "ServiceType" | "EntityKind" | "Sustainability";

export type FacetKeyVocabularies = {
  regions: { id: number; slug: string }[];
  terms: { id: number; vocabulary: string; slug: string }[];
  /** Each enum's values in the order Postgres declares them (their facetKeys count from it). */
  enumOrders: Record<EnumType, string[]>;
};

/** The same keys facetKeysQuery answers (an unknown slug selects nothing), from vocabularies in memory. */
export function resolveFacetKeys(filters: PracticeFilters, vocabularies: FacetKeyVocabularies): SelectedKeys {
  const keys: SelectedKeys = {};
  for (const facet of FACETS) {
    const values = filters.facets[facet.key];
    if (values.length === 0) continue;
    switch (facet.kind) {
      case "region":
        keys[facet.key] = vocabularies.regions.filter((r) => values.includes(r.slug)).map((r) => -r.id);
        break;
      case "term":
        keys[facet.key] = vocabularies.terms
          .filter((t) => t.vocabulary === facet.vocabulary && values.includes(t.slug))
          .map((t) => t.id);
        break;
      case "enum": {
        const order = vocabularies.enumOrders[facet.enumType];
        keys[facet.key] = facet.options
          .filter((o) => values.includes(o.slug) && order.includes(o.value))
          .map((o) => -facet.keyOffset - (order.indexOf(o.value) + 1));
        break;
      }
    }
  }
  return keys;
}

/** The enums' declared orders: they change only with a migration, which runs before the server starts. */
export async function listEnumOrders(): Promise<FacetKeyVocabularies["enumOrders"]> {
  const [row] = await db.$queryRaw<FacetKeyVocabularies["enumOrders"][]>`
    SELECT enum_range(NULL::"ServiceType")::text[] AS "ServiceType",
           enum_range(NULL::"EntityKind")::text[] AS "EntityKind",
           enum_range(NULL::"Sustainability")::text[] AS "Sustainability"`;
  if (!row) throw new Error("enum_range non ha restituito righe");
  return row;
}
