import { practicesCount } from "@/lib/practices/practices-count";
import { filtersToSearchParams, type PracticeFilters } from "@/lib/practices/search-params";

// Addresses of the downloads, feeds and API pages for the sheets a listing URL shows. They take
// the listing's own query string (without the page: a download has every matching row).

function query(filters: PracticeFilters, extra: Record<string, string> = {}) {
  const params = filtersToSearchParams({ ...filters, page: 1 });
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function exportHref(filters: PracticeFilters, format: "csv" | "csv-excel" | "json") {
  if (format === "json") return `/open-data/pratiche.json${query(filters)}`;
  return `/open-data/pratiche.csv${query(filters, format === "csv-excel" ? { separatore: "punto-e-virgola" } : {})}`;
}

export function feedHref(filters: PracticeFilters) {
  return `/feed.xml${query(filters)}`;
}

export function apiListHref(filters: PracticeFilters) {
  const params = filtersToSearchParams(filters).toString();
  return `/api/v1/pratiche${params ? `?${params}` : ""}`;
}

/** What an export link gives, in its own words: "Scarica per Excel (CSV, 5 pratiche)". */
export function exportLabel(format: "csv" | "csv-excel" | "json", total: number) {
  switch (format) {
    case "csv-excel":
      return `Scarica per Excel (CSV, ${practicesCount(total)})`;
    case "csv":
      return `Scarica CSV standard (separatore virgola, ${practicesCount(total)})`;
    case "json":
      return `Scarica JSON (${practicesCount(total)}, con i metadati)`;
  }
}
