import type { FacetOptions } from "@/lib/practices/facet-options";
import { FACETS } from "@/lib/practices/facets";
import type { PracticeFilters } from "@/lib/practices/search-params";

/** Filters in words, for the title of a feed or a page: "Regione: Puglia; Area di utenza: Anziani". */
export function describeFilters(filters: PracticeFilters, options: FacetOptions): string {
  const parts = FACETS.flatMap((facet) => {
    const labels = filters.facets[facet.key].map(
      (slug) => options[facet.key].find((option) => option.slug === slug)?.label ?? slug,
    );
    return labels.length ? [`${facet.label}: ${labels.join(" o ")}`] : [];
  });
  if (filters.q) parts.unshift(`parole «${filters.q}»`);
  return parts.join("; ");
}
