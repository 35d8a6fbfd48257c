import { CompareButton } from "@/components/compare/compare-form";
import { exportHref, feedHref } from "@/lib/open-data/links";
import type { PracticeFilters } from "@/lib/practices/search-params";

/** Under the result count: download what is listed, follow it, compare ticked sheets. */
export function ListingTools({ filters, total }: { filters: PracticeFilters; total: number }) {
  return (
    <div className="no-print flex flex-wrap items-center gap-x-4 gap-y-2 text-sm" data-testid="listing-tools">
      {total > 0 && (
        <p className="flex flex-wrap gap-x-3">
          <span className="font-semibold">Esporta questi risultati:</span>
          <a href={exportHref(filters, "csv-excel")} data-testid="export-csv">
            CSV (Excel)
          </a>
          <a href={exportHref(filters, "csv")}>CSV</a>
          <a href={exportHref(filters, "json")} data-testid="export-json">
            JSON
          </a>
        </p>
      )}
      <a href={feedHref(filters)} type="application/atom+xml" data-testid="follow-search">
        Segui questa ricerca (Atom)
      </a>
      {total > 1 && <CompareButton />}
    </div>
  );
}
