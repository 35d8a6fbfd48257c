import type { FacetOptions } from "@/lib/practices/facet-options";
import { FACETS } from "@/lib/practices/facets";
import type { PracticeFilters } from "@/lib/practices/search-params";

/**
 * The listing's filters (words and one value per facet) as a plain GET form on /open-data: it
 * works without JavaScript and leaves in the URL the same parameters the listing and the files take.
 */
export function ExportFilterForm({ filters, options }: { filters: PracticeFilters; options: FacetOptions }) {
  return (
    <form
      action="/open-data#selezione"
      method="get"
      className="flex flex-wrap items-end gap-4 rounded border border-line bg-surface p-4"
      data-testid="export-filter-form"
    >
      <div>
        <label htmlFor="dati-q" className="block text-sm font-semibold">
          Parole
        </label>
        <input
          id="dati-q"
          name="q"
          type="search"
          defaultValue={filters.q}
          className="mt-1 max-w-[16rem] rounded border border-muted px-2 py-1"
        />
      </div>
      {FACETS.map((facet) => (
        <div key={facet.key}>
          <label htmlFor={`dati-${facet.key}`} className="block text-sm font-semibold">
            {facet.label}
          </label>
          <select
            id={`dati-${facet.key}`}
            name={facet.key}
            defaultValue={filters.facets[facet.key][0] ?? ""}
            className="mt-1 max-w-[16rem] rounded border border-muted px-2 py-1"
          >
            <option value="">Tutti</option>
            {options[facet.key].map((option) => (
              <option key={option.slug} value={option.slug}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" className="rounded bg-primary px-4 py-2 font-semibold text-white hover:bg-primary-dark">
        Prepara i file
      </button>
    </form>
  );
}
