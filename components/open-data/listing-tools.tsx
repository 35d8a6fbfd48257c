import { ListingToolsView } from "@/components/open-data/listing-tools-view";
import { exportHref, exportLabel, feedHref } from "@/lib/open-data/links";
import type { PracticeFilters } from "@/lib/practices/search-params";

const FORMATS = ["csv-excel", "csv", "json"] as const;

/** Beside the result count, closed: download what is listed, follow it. */
export function ListingTools({ filters, total }: { filters: PracticeFilters; total: number }) {
  return (
    <ListingToolsView
      exports={total > 0 ? FORMATS.map((format) => [exportHref(filters, format), exportLabel(format, total)]) : []}
      feed={feedHref(filters)}
    />
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
