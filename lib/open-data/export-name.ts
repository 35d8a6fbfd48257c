import { FACET_KEYS } from "@/lib/practices/facets";
import type { PracticeFilters } from "@/lib/practices/search-params";

// A downloaded file says what it holds and when it was taken, so that a folder of exports stays
// readable: "pratiche_puglia_anziani_2026-11-30.csv". Facet values are slugs already; the words
// of a search become a slug too.

const MAX_PART = 60;

function slugOfWords(text: string) {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_PART)
    .replace(/-+$/, "");
}

/** The date of a download in Italy, as YYYY-MM-DD. */
export function exportDate(now: Date) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome" }).format(now);
}

export function exportFileName(filters: PracticeFilters, extension: "csv" | "json", now: Date) {
  const parts = FACET_KEYS.flatMap((key) => (filters.facets[key].length ? [filters.facets[key].join("-")] : []));
  const words = filters.q ? slugOfWords(filters.q) : "";
  const selection = [...parts, ...(words ? [words] : [])].map((part) => part.slice(0, MAX_PART));
  return ["pratiche", ...selection, exportDate(now)].join("_") + `.${extension}`;
}

/** A Content-Disposition header for the file; the name is ASCII by construction. */
export function contentDisposition(kind: "attachment" | "inline", fileName: string) {
  return `${kind}; filename="${fileName}"`;
}
