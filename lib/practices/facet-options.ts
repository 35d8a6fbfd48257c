import type { Region, Term } from "@/lib/generated/prisma/client";
import { FACETS, type FacetKey } from "@/lib/practices/facets";
import { filtersToSearchParams, type PracticeFilters } from "@/lib/practices/search-params";

export type FacetOption = { slug: string; label: string };
export type FacetOptions = Record<FacetKey, FacetOption[]>;

/** Every selectable value of every facet, in display order. */
export function buildFacetOptions(regions: Region[], terms: Term[]): FacetOptions {
  return Object.fromEntries(
    FACETS.map((facet) => {
      switch (facet.kind) {
        case "region":
          return [facet.key, regions.map((region) => ({ slug: region.slug, label: region.name }))];
        case "enum":
          return [facet.key, facet.options.map((option) => ({ slug: option.slug, label: option.label }))];
        case "term":
          return [
            facet.key,
            terms
              .filter((term) => term.vocabulary === facet.vocabulary)
              .map((term) => ({ slug: term.slug, label: term.label })),
          ];
      }
    }),
  ) as FacetOptions;
}

export function listingHref(filters: PracticeFilters) {
  const query = filtersToSearchParams(filters).toString();
  return query ? `/pratiche?${query}` : "/pratiche";
}

/** Filters without values that no longer exist (e.g. a vocabulary value merged into another). */
export function dropUnknownValues(filters: PracticeFilters, options: FacetOptions): PracticeFilters {
  const facets = Object.fromEntries(
    FACETS.map((facet) => [
      facet.key,
      filters.facets[facet.key].filter((slug) => options[facet.key].some((o) => o.slug === slug)),
    ]),
  ) as PracticeFilters["facets"];
  return { ...filters, facets };
}
