import { Link } from "@/components/link";
import { FACETS } from "@/lib/practices/facets";
import { listingHref, type FacetOptions } from "@/lib/practices/facet-options";
import { toggleFacetValue, type PracticeFilters } from "@/lib/practices/search-params";
import { withCompare } from "@/lib/compare/selection";

/** One removable chip per active filter, and a link that clears them all. */
export function ActiveFilters({
  filters,
  options,
  compare = [],
}: {
  filters: PracticeFilters;
  options: FacetOptions;
  /** The compare selection, kept when a filter is removed. */
  compare?: string[];
}) {
  const chips = FACETS.flatMap((facet) =>
    filters.facets[facet.key].flatMap((slug) => {
      const option = options[facet.key].find((o) => o.slug === slug);
      return option
        ? [
            {
              key: `${facet.key}:${slug}`,
              label: `${facet.label}: ${option.label}`,
              href: listingHref(toggleFacetValue(filters, facet.key, slug)),
            },
          ]
        : [];
    }),
  );
  if (filters.q)
    chips.unshift({ key: "q", label: `Parole: «${filters.q}»`, href: listingHref({ ...filters, q: "", page: 1 }) });
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2" aria-label="Filtri attivi" role="group">
      {chips.map((chip) => (
        <Link
          key={chip.key}
          href={withCompare(chip.href, compare)}
          className="inline-flex items-center gap-1 rounded-full border border-primary bg-primary-lightest px-3 py-1 text-sm text-primary-darker no-underline hover:bg-white"
        >
          {chip.label}
          <span aria-hidden="true">×</span>
          <span className="sr-only">(rimuovi filtro)</span>
        </Link>
      ))}
      <Link href={withCompare("/pratiche", compare)} className="text-sm font-semibold">
        Azzera filtri
      </Link>
    </div>
  );
}
