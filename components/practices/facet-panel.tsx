import { FACETS } from "@/lib/practices/facets";
import type { FacetOptions } from "@/lib/practices/facet-options";
import type { FacetCounts } from "@/lib/practices/queries";
import type { PracticeFilters } from "@/lib/practices/search-params";

/** Checkbox groups, one per facet, each value with the count it would give. Inside FilterForm. */
export function FacetPanel({
  filters,
  options,
  counts,
}: {
  filters: PracticeFilters;
  options: FacetOptions;
  counts: FacetCounts;
}) {
  return (
    <div className="flex flex-col gap-5">
      {FACETS.map((facet) => {
        const selected = filters.facets[facet.key];
        return (
          <fieldset key={facet.key} className="border-t border-line pt-3">
            <legend className="pr-2 text-base font-bold">{facet.label}</legend>
            <ul className="mt-2 flex flex-col gap-1">
              {options[facet.key].map((option) => {
                const count = counts[facet.key][option.slug] ?? 0;
                const checked = selected.includes(option.slug);
                const id = `f-${facet.key}-${option.slug}`;
                return (
                  <li key={option.slug} className={count === 0 && !checked ? "text-muted" : undefined}>
                    <input
                      // Remount when the URL changes the value, so a removed chip unticks the box.
                      key={`${id}-${checked}`}
                      type="checkbox"
                      id={id}
                      name={facet.key}
                      value={option.slug}
                      defaultChecked={checked}
                      className="mr-2 size-4 accent-primary align-middle"
                    />
                    <label htmlFor={id} className="align-middle text-sm">
                      {option.label} <span className="text-muted">({count})</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      })}
    </div>
  );
}
