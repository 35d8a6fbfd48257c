import { CompareTray } from "@/components/compare/compare-tray";
import { RememberListing } from "@/components/compare/remember-listing";
import { ListingTools } from "@/components/open-data/listing-tools";
import { ActiveFilters } from "@/components/practices/active-filters";
import { StickyBarFocusGuard } from "@/components/layout/sticky-bar-focus-guard";
import { ApplyFiltersButton } from "@/components/practices/apply-filters-button";
import { EmptyResults } from "@/components/practices/empty-results";
import { FacetPanel } from "@/components/practices/facet-panel";
import { FilterForm } from "@/components/practices/filter-form";
import { RESULTS_HEADING_ID } from "@/components/practices/listing-ids";
import { Pagination } from "@/components/practices/pagination";
import { cardSummary, cardWords } from "@/components/practices/practice-card";
import { ListingCards } from "@/components/practices/listing-cards";
import { ListingSearch, ListingToolbar, ResultsHeading } from "@/components/practices/listing-controls";
import { SampleNoticeLine } from "@/components/practices/sample-notice";
import { facetGroups } from "@/lib/practices/facet-groups";
import { SearchCorrection } from "@/components/practices/search-correction";
import type { FacetOptions } from "@/lib/practices/facet-options";
import { pagesLine } from "@/lib/practices/orientation";
import type { PracticeSearchResult } from "@/lib/practices/queries";
import type { Relaxation } from "@/lib/practices/relaxations";
import { ReplicatedFilter } from "@/components/practices/replicated-filter";
import { filtersToSearchParams, hasActiveFilters, type PracticeFilters } from "@/lib/practices/search-params";
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
        <ListingSearch q={filters.q} />

        <ListingToolbar active={activeFilters} sort={filters.sort}>
          <FacetPanel groups={facetGroups(filters, options, result.facetCounts)} />
          <ReplicatedFilter value={filters.replicated ?? ""} />
          <div data-sticky-save-bar className="sticky bottom-0 border-t border-line bg-white py-3">
            <ApplyFiltersButton total={result.total} />
            <StickyBarFocusGuard />
          </div>
        </ListingToolbar>

        <section className="listing-results flex min-w-0 flex-col gap-3" aria-labelledby={RESULTS_HEADING_ID}>
          <ActiveFilters filters={filters} options={options} compare={selection} />
          <ResultsHeading count={resultLabel(result.total)} pages={pages}>
            <ListingTools filters={filters} total={result.total} />
          </ResultsHeading>
          <SearchCorrection filters={filters} result={result} />
          {hasSamples && <SampleNoticeLine />}

          {result.items.length > 0 ? (
            <ListingCards
              cards={result.items.map((practice) => [cardWords(practice), cardSummary(practice)])}
              here={here}
              selection={selection}
            />
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
          <RememberListing href={withCompare(here, selection)} />
        </section>
      </FilterForm>
    </>
  );
}
