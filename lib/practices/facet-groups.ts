import { FACETS, type FacetKey } from "@/lib/practices/facets";
import type { FacetOptions } from "@/lib/practices/facet-options";
import type { FacetCounts } from "@/lib/practices/queries";
import type { PracticeFilters } from "@/lib/practices/search-params";

/** Groups open when the page opens, whatever is selected: the two filters most people use. */
const OPEN_GROUPS: readonly FacetKey[] = ["regione", "area"];

/** A value as a tuple, not an object: 75 of them travel in the listing's payload, without their keys. */
export type FacetGroupOption = [slug: string, label: string, count: number, checked: boolean];
export type FacetGroup = { key: FacetKey; label: string; open: boolean; selected: number; options: FacetGroupOption[] };

/**
 * What the facet panel shows, and nothing more: each value's label, count and tick. The panel is a
 * client component, so this is what travels in the page's payload — not the vocabularies.
 */
export function facetGroups(filters: PracticeFilters, options: FacetOptions, counts: FacetCounts): FacetGroup[] {
  return FACETS.map((facet) => {
    const selected = filters.facets[facet.key];
    return {
      key: facet.key,
      label: facet.label,
      open: OPEN_GROUPS.includes(facet.key) || selected.length > 0,
      selected: selected.length,
      options: options[facet.key].map((option): FacetGroupOption => [
        option.slug,
        option.label,
        counts[facet.key][option.slug] ?? 0,
        selected.includes(option.slug),
      ]),
    };
  });
}
