import { FacetTextFilter } from "@/components/practices/facet-text-filter";
import { FACETS, type FacetKey } from "@/lib/practices/facets";
import type { FacetOption, FacetOptions } from "@/lib/practices/facet-options";
import type { FacetCounts } from "@/lib/practices/queries";
import type { PracticeFilters } from "@/lib/practices/search-params";

/** Groups open when the page opens, whatever is selected: the two filters most people use. */
const OPEN_GROUPS: readonly FacetKey[] = ["regione", "area"];
/** Groups with more options than this get a text box to narrow them (with JavaScript). */
const LONG_GROUP = 8;

function Option({
  facet,
  option,
  count,
  checked,
}: {
  facet: FacetKey;
  option: FacetOption;
  count: number;
  checked: boolean;
}) {
  const id = `f-${facet}-${option.slug}`;
  return (
    <li data-label={option.label} className={count === 0 && !checked ? "text-muted" : undefined}>
      <input
        // Remount when the URL changes the value, so a removed chip unticks the box.
        key={`${id}-${checked}`}
        type="checkbox"
        id={id}
        name={facet}
        value={option.slug}
        defaultChecked={checked}
        className="mr-2 size-4 accent-primary align-middle"
      />
      <label htmlFor={id} className="align-middle text-sm">
        {option.label} <span className="text-muted">({count})</span>
      </label>
    </li>
  );
}

/**
 * One collapsible checkbox group per facet, each value with the count it would give. Values
 * that would give nothing wait behind "mostra tutte" (still there without JavaScript). Inside FilterForm.
 */
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
    <div className="flex flex-col">
      {FACETS.map((facet) => {
        const selected = filters.facets[facet.key];
        const all = options[facet.key].map((option) => ({
          option,
          count: counts[facet.key][option.slug] ?? 0,
          checked: selected.includes(option.slug),
        }));
        const shown = all.filter((item) => item.count > 0 || item.checked);
        const empty = all.filter((item) => item.count === 0 && !item.checked);
        const groupId = `gruppo-${facet.key}`;
        return (
          <details
            key={facet.key}
            id={groupId}
            open={OPEN_GROUPS.includes(facet.key) || selected.length > 0}
            className="facet-group border-t border-line py-2"
            data-testid={`facet-group-${facet.key}`}
          >
            <summary className="cursor-pointer py-1 font-bold">
              {facet.label}
              {selected.length > 0 && (
                <span className="font-normal">
                  {" "}
                  ({selected.length === 1 ? "1 scelto" : `${selected.length} scelti`})
                </span>
              )}
            </summary>
            <fieldset className="mt-1">
              <legend className="sr-only">{facet.label}</legend>
              {all.length > LONG_GROUP && (
                <FacetTextFilter groupId={groupId} label={`Filtra: ${facet.label.toLowerCase()}`} />
              )}
              <ul className="flex flex-col gap-1">
                {shown.map((item) => (
                  <Option key={item.option.slug} facet={facet.key} {...item} />
                ))}
              </ul>
              {empty.length > 0 && (
                <details className="mt-1 text-sm">
                  <summary className="cursor-pointer text-primary">
                    Mostra tutte ({empty.length === 1 ? "1 altra" : `altre ${empty.length}`} senza pratiche)
                  </summary>
                  <ul className="mt-1 flex flex-col gap-1">
                    {empty.map((item) => (
                      <Option key={item.option.slug} facet={facet.key} {...item} />
                    ))}
                  </ul>
                </details>
              )}
            </fieldset>
          </details>
        );
      })}
    </div>
  );
}
