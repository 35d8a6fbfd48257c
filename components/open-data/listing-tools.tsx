import { exportHref, exportLabel, feedHref } from "@/lib/open-data/links";
import type { PracticeFilters } from "@/lib/practices/search-params";

/** Beside the result count, closed: download what is listed, follow it. */
export function ListingTools({ filters, total }: { filters: PracticeFilters; total: number }) {
  return (
    <details className="no-print text-sm" data-testid="listing-tools">
      <summary className="cursor-pointer font-semibold text-primary">Strumenti</summary>
      <div className="mt-2 flex flex-col gap-2 rounded border border-line bg-surface p-3">
        {total > 0 && <ExportLinks filters={filters} total={total} />}
        <p>
          <a href={feedHref(filters)} type="application/atom+xml" data-testid="follow-search">
            Segui questa ricerca (Atom)
          </a>
        </p>
      </div>
    </details>
  );
}

/** The downloads of a selection, each saying what it gives; the files are named after the selection. */
export function ExportLinks({ filters, total }: { filters: PracticeFilters; total: number }) {
  return (
    <ul className="flex flex-col gap-1" data-testid="export-links">
      <li>
        <a href={exportHref(filters, "csv-excel")} data-testid="export-csv">
          {exportLabel("csv-excel", total)}
        </a>
      </li>
      <li>
        <a href={exportHref(filters, "csv")}>{exportLabel("csv", total)}</a>
      </li>
      <li>
        <a href={exportHref(filters, "json")} data-testid="export-json">
          {exportLabel("json", total)}
        </a>
      </li>
    </ul>
  );
}
