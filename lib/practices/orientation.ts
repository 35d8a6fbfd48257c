import { formatInteger } from "@/lib/italian-format";
import type { FacetOptions } from "@/lib/practices/facet-options";
import { FACETS } from "@/lib/practices/facets";
import { LISTING_NAME } from "@/lib/practices/listing-name";
import { practicesCount } from "@/lib/practices/practices-count";
import { PAGE_SIZE, type PracticeFilters } from "@/lib/practices/search-params";

// Where the reader is in the listing, in words: the page title, the pages line, the count.

// Kept in its own module so that the site header, a client component, can import it alone.
export { LISTING_NAME };

/** The selected values by their labels, in facet order: ["Puglia", "Anziani"]. */
export function selectedLabels(filters: PracticeFilters, options: FacetOptions): string[] {
  return FACETS.flatMap((facet) =>
    filters.facets[facet.key].flatMap((slug) => {
      const option = options[facet.key].find((o) => o.slug === slug);
      return option ? [option.label] : [];
    }),
  );
}

const TITLE_LABELS = 3;

/**
 * The listing's <title> before the site name: «"spesa a domicilio", Puglia — 7 pratiche, pagina 2 di 2».
 * Past three selected values the rest are counted, so the title stays readable in a tab.
 */
export function listingTitle(
  filters: PracticeFilters,
  options: FacetOptions,
  result: { total: number; page: number; pageCount: number },
) {
  const labels = selectedLabels(filters, options);
  const shown = labels.length > TITLE_LABELS + 1 ? labels.slice(0, TITLE_LABELS) : labels;
  const rest = labels.length - shown.length;
  const parts = [...(filters.q ? [`"${filters.q}"`] : []), ...shown, ...(rest ? [`altri ${rest} filtri`] : [])];
  const head = parts.length ? parts.join(", ") : LISTING_NAME;
  const page = result.pageCount > 1 ? `, pagina ${result.page} di ${result.pageCount}` : "";
  return `${head} — ${practicesCount(result.total)}${page}`;
}

/** "Pagina 2 di 4 · risultati 25–48 di 90"; null when everything fits on one page. */
export function pagesLine(result: { total: number; page: number; pageCount: number }) {
  if (result.pageCount <= 1) return null;
  const first = (result.page - 1) * PAGE_SIZE + 1;
  const last = Math.min(result.total, result.page * PAGE_SIZE);
  return `Pagina ${result.page} di ${result.pageCount} · risultati ${formatInteger(first)}–${formatInteger(last)} di ${formatInteger(result.total)}`;
}
