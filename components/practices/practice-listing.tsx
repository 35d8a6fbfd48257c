import { CompareTray } from "@/components/compare/compare-tray";
import { ListingTools } from "@/components/open-data/listing-tools";
import { ActiveFilters } from "@/components/practices/active-filters";
import { ApplyFiltersButton } from "@/components/practices/apply-filters-button";
import { EmptyResults } from "@/components/practices/empty-results";
import { FacetPanel } from "@/components/practices/facet-panel";
import { FilterForm } from "@/components/practices/filter-form";
import { RESULTS_HEADING_ID } from "@/components/practices/listing-ids";
import { Pagination } from "@/components/practices/pagination";
import { PracticeCard } from "@/components/practices/practice-card";
import { SampleNoticeLine } from "@/components/practices/sample-notice";
import { facetGroups } from "@/lib/practices/facet-groups";
import { SearchCorrection } from "@/components/practices/search-correction";
import type { FacetOptions } from "@/lib/practices/facet-options";
import { pagesLine } from "@/lib/practices/orientation";
import type { PracticeSearchResult } from "@/lib/practices/queries";
import type { Relaxation } from "@/lib/practices/relaxations";
import { ReplicatedFilter } from "@/components/practices/replicated-filter";
import { filtersToSearchParams, hasActiveFilters, SORTS, type PracticeFilters } from "@/lib/practices/search-params";
import { listingHref } from "@/lib/practices/facet-options";
import { COMPARE_PARAM, toggleCompare, withCompare } from "@/lib/compare/selection";

const formatter = new Intl.NumberFormat("it-IT");

function resultLabel(total: number) {
  return total === 1 ? "1 pratica trovata" : `${formatter.format(total)} pratiche trovate`;
}

/**
 * The filterable listing. On a phone, in reading order: the search box, one row with the filters
 * toggle and the order, the count, the results; from lg up the filters are a column on the left
 * (globals.css, `.listing`). Filters apply on a button, with or without JavaScript.
 */
export function PracticeListing({
  filters,
  result,
  options,
  action,
  suggestions,
  compare = [],
}: {
  filters: PracticeFilters;
  result: PracticeSearchResult;
  options: FacetOptions;
  action: string;
  /** When nothing is found: the count with each single filter dropped. */
  suggestions: (Relaxation & { total: number })[];
  /** The sheets picked for comparison (from the URL), with their titles. */
  compare?: { slug: string; title: string }[];
}) {
  const hasSamples = result.items.some((item) => item.isSample);
  const activeFilters = Object.values(filters.facets).flat().length;
  const pages = pagesLine(result);
  const selection = compare.map((item) => item.slug);
  const here = listingHref({ ...filters, page: result.page });
  const toggleHref = (slug: string) => withCompare(here, toggleCompare(selection, slug));
  return (
    <>
      <FilterForm
        action={action}
        resultsKey={filtersToSearchParams({ ...filters, page: result.page }).toString()}
        className="listing mt-4"
      >
        {selection.map((slug) => (
          <input key={slug} type="hidden" name={COMPARE_PARAM} value={slug} />
        ))}
        <div className="listing-search flex gap-2">
          <div className="flex-1">
            <label htmlFor="q" className="block font-semibold">
              Parole da cercare
            </label>
            <div className="mt-1 flex">
              <input
                key={filters.q}
                id="q"
                name="q"
                type="search"
                defaultValue={filters.q}
                maxLength={200}
                className="w-full min-w-0 rounded-l border border-muted px-3 py-2"
                placeholder="es. spesa a domicilio, tablet, anziani"
              />
              <button
                type="submit"
                className="rounded-r bg-primary px-5 py-2 font-semibold text-white hover:bg-primary-dark"
              >
                Cerca
              </button>
            </div>
          </div>
        </div>

        <div className="listing-toolbar">
          <a
            href={`#${RESULTS_HEADING_ID}`}
            className="sr-only focus:not-sr-only focus:mb-2 focus:inline-block focus:bg-white focus:p-2"
          >
            Vai ai risultati
          </a>
          <details className="facets-panel">
            <summary className="inline-flex cursor-pointer items-center rounded border border-primary px-3 py-2 font-semibold text-primary">
              Filtri{activeFilters > 0 && ` (${activeFilters})`}
            </summary>
            <div className="facets-body mt-3 rounded border border-line bg-white px-3 lg:mt-0 lg:border-0 lg:px-0">
              <h2 className="sr-only lg:not-sr-only lg:text-lg lg:font-bold">Filtri</h2>
              <p className="py-2 text-sm text-muted">
                Scegli i filtri, poi premi «Mostra». Più valori dello stesso filtro si sommano, filtri diversi si
                combinano.
              </p>
              <FacetPanel groups={facetGroups(filters, options, result.facetCounts)} />
              <ReplicatedFilter filters={filters} />
              <div className="sticky bottom-0 border-t border-line bg-white py-3">
                <ApplyFiltersButton total={result.total} />
              </div>
            </div>
          </details>
          <div className="listing-sort flex items-center gap-2">
            <label htmlFor="ordina" className="sr-only font-semibold sm:not-sr-only">
              Ordina per
            </label>
            <select
              key={filters.sort}
              id="ordina"
              name="ordina"
              defaultValue={filters.sort}
              className="max-w-[10rem] rounded border border-muted px-2 py-2"
            >
              {SORTS.map((sort) => (
                <option key={sort.value} value={sort.value}>
                  {sort.label}
                </option>
              ))}
            </select>
            <button
              type="submit"
              className="rounded border border-primary px-3 py-2 font-semibold text-primary hover:bg-primary-lightest"
            >
              Ordina
            </button>
          </div>
        </div>

        <section className="listing-results flex min-w-0 flex-col gap-3" aria-labelledby={RESULTS_HEADING_ID}>
          <ActiveFilters filters={filters} options={options} compare={selection} />
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <h2 id={RESULTS_HEADING_ID} tabIndex={-1} className="text-xl font-bold">
              <span role="status" aria-live="polite" data-testid="result-count">
                {resultLabel(result.total)}
              </span>
            </h2>
            <ListingTools filters={filters} total={result.total} />
          </div>
          {pages && (
            <p className="-mt-2 text-sm text-muted" data-testid="pages-line">
              {pages}
            </p>
          )}
          <SearchCorrection filters={filters} result={result} />
          {hasSamples && <SampleNoticeLine />}

          {result.items.length > 0 ? (
            <ul className="grid gap-4 sm:grid-cols-2">
              {result.items.map((practice) => (
                <li key={practice.id} id={`scheda-${practice.slug}`}>
                  <PracticeCard
                    practice={practice}
                    compare={{
                      href: `${toggleHref(practice.slug)}#scheda-${practice.slug}`,
                      selected: selection.includes(practice.slug),
                    }}
                  />
                </li>
              ))}
            </ul>
          ) : (
            <EmptyResults suggestions={suggestions} filtered={hasActiveFilters(filters)} />
          )}
          <Pagination
            filters={filters}
            page={result.page}
            pageCount={result.pageCount}
            summary={pages}
            compare={selection}
          />
          <CompareTray selection={compare} removeHref={toggleHref} />
        </section>
      </FilterForm>
    </>
  );
}
