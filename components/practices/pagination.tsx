import { PaginationView } from "@/components/practices/pagination-view";
import { listingHref } from "@/lib/practices/facet-options";
import type { PracticeFilters } from "@/lib/practices/search-params";
import { withCompare } from "@/lib/compare/selection";
import { pageNumbers } from "@/lib/practices/page-numbers";

export function Pagination({
  filters,
  page,
  pageCount,
  summary,
  compare = [],
}: {
  filters: PracticeFilters;
  page: number;
  pageCount: number;
  /** "Pagina 2 di 4 · risultati 25–48 di 90", repeated under the last result. */
  summary?: string | null;
  /** The compare selection, carried to every page. */
  compare?: string[];
}) {
  if (pageCount <= 1) return null;
  // The current page is among them (not linked), so the view has every number to show.
  const shown = pageNumbers(page, pageCount);
  return (
    <PaginationView
      page={page}
      pageCount={pageCount}
      summary={summary}
      hrefs={shown.map((p) => [p, withCompare(listingHref({ ...filters, page: p }), compare)])}
    />
  );
}
