import { Link } from "@/components/link";
import { listingHref } from "@/lib/practices/facet-options";
import type { PracticeSearchResult } from "@/lib/practices/queries";
import type { PracticeFilters } from "@/lib/practices/search-params";

/**
 * What the search did with the words: a correction it applied (with a link back to the words as
 * typed, `esatta=1`), or a variant that finds clearly more, offered as a link. Both are plain links.
 */
export function SearchCorrection({ filters, result }: { filters: PracticeFilters; result: PracticeSearchResult }) {
  if (result.correctedQuery) {
    return (
      <p className="rounded bg-primary-lightest px-3 py-2" data-testid="corrected-query">
        Nessun risultato per «{filters.q}»: mostro i risultati per «<strong>{result.correctedQuery}</strong>».{" "}
        <Link href={listingHref({ ...filters, page: 1, exact: true })} className="font-semibold">
          Cerca invece «{filters.q}»
        </Link>
      </p>
    );
  }
  if (result.suggestedQuery) {
    return (
      <p className="rounded bg-primary-lightest px-3 py-2" data-testid="suggested-query">
        Forse cercavi{" "}
        <Link
          href={listingHref({ ...filters, q: result.suggestedQuery, page: 1, exact: false })}
          className="font-semibold"
        >
          «{result.suggestedQuery}»
        </Link>
        ?
      </p>
    );
  }
  return null;
}
