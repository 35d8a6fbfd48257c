import type { FacetOptions } from "@/lib/practices/facet-options";
import { FACETS } from "@/lib/practices/facets";
import type { PracticeFilters } from "@/lib/practices/search-params";
import { MAP_METRICS, type MapMetric } from "@/lib/stats/map-metric";

export const MAP_FACETS = ["area", "tipo", "finanziamento", "tecnologia", "canale", "sostenibilita"] as const;

/** One select per theme; a plain GET form, so it works without JavaScript. */
export function MapFilterForm({
  filters,
  options,
  metric,
}: {
  filters: PracticeFilters;
  options: FacetOptions;
  metric: MapMetric;
}) {
  return (
    <form
      action="/mappa"
      method="get"
      className="flex flex-wrap items-end gap-4 rounded border border-line bg-surface p-4"
    >
      {MAP_FACETS.map((key) => {
        const facet = FACETS.find((f) => f.key === key)!;
        return (
          <div key={key}>
            <label htmlFor={`mappa-${key}`} className="block text-sm font-semibold">
              {facet.label}
            </label>
            <select
              id={`mappa-${key}`}
              name={key}
              defaultValue={filters.facets[key][0] ?? ""}
              className="mt-1 max-w-[16rem] rounded border border-muted px-2 py-1"
            >
              <option value="">Tutti</option>
              {options[key].map((option) => (
                <option key={option.slug} value={option.slug}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        );
      })}
      <div>
        <label htmlFor="mappa-misura" className="block text-sm font-semibold">
          Misura
        </label>
        <select
          id="mappa-misura"
          name="misura"
          defaultValue={metric}
          className="mt-1 max-w-[16rem] rounded border border-muted px-2 py-1"
        >
          {MAP_METRICS.map((option) => (
            <option key={option.slug} value={option.slug}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-primary px-4 py-2 font-semibold text-white hover:bg-primary-dark">
        Mostra
      </button>
    </form>
  );
}
