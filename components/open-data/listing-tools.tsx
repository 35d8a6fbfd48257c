import { exportHref, feedHref } from "@/lib/open-data/links";
import type { PracticeFilters } from "@/lib/practices/search-params";

/** Beside the result count, closed: download what is listed, follow it. */
export function ListingTools({ filters, total }: { filters: PracticeFilters; total: number }) {
  return (
    <details className="no-print text-sm" data-testid="listing-tools">
      <summary className="cursor-pointer font-semibold text-primary">Strumenti</summary>
      <div className="mt-2 flex flex-col gap-2 rounded border border-line bg-surface p-3">
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
        <p>
          <a href={feedHref(filters)} type="application/atom+xml" data-testid="follow-search">
            Segui questa ricerca (Atom)
          </a>
        </p>
      </div>
    </details>
  );
}
