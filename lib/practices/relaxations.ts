import type { FacetOptions } from "@/lib/practices/facet-options";
import { FACETS, type FacetKey } from "@/lib/practices/facets";
import { toggleFacetValue, type PracticeFilters } from "@/lib/practices/search-params";

// An empty result names the one filter whose removal would give results: each active filter
// (the words, each selected value) is dropped in turn and the rest counted.

/** Counting stops here: each relaxation the search's own counts do not answer is one count query. */
export const MAX_RELAXATIONS = 8;

export type Relaxation = {
  label: string;
  filters: PracticeFilters;
  /** Set when the relaxation drops a facet's only selected value: the search's totalWithout counts it. */
  dropsFacet?: FacetKey;
  /** Set when the relaxation drops the words: the search's totalWithoutWords counts it. */
  dropsWords?: true;
};

/** The listing with one filter removed, for each active filter (words first, then facets in order). */
export function singleFilterRelaxations(filters: PracticeFilters, options: FacetOptions): Relaxation[] {
  const relaxations: Relaxation[] = [];
  if (filters.q)
    relaxations.push({ label: `Parole: ${filters.q}`, filters: { ...filters, q: "", page: 1 }, dropsWords: true });
  for (const facet of FACETS) {
    for (const slug of filters.facets[facet.key]) {
      const option = options[facet.key].find((o) => o.slug === slug);
      if (option)
        relaxations.push({
          label: `${facet.label}: ${option.label}`,
          filters: toggleFacetValue(filters, facet.key, slug),
          ...(filters.facets[facet.key].length === 1 ? { dropsFacet: facet.key } : {}),
        });
    }
  }
  return relaxations.slice(0, MAX_RELAXATIONS);
}
