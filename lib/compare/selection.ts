import { MAX_COMPARED } from "@/lib/compare/compare";
import type { RawSearchParams } from "@/lib/practices/search-params";

// The compare selection while browsing: `confronta` parameters of the listing's URL, so it survives
// page and filter changes with and without JavaScript, and a link to the listing shares it.

export const COMPARE_PARAM = "confronta";
const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;

/** Distinct valid slugs of the `confronta` parameters, in order, at most MAX_COMPARED. */
export function parseCompareSelection(searchParams: RawSearchParams): string[] {
  const raw = searchParams[COMPARE_PARAM];
  const values = (Array.isArray(raw) ? raw : raw ? [raw] : []).map((value) => value.trim().toLowerCase());
  return [...new Set(values.filter((value) => SLUG.test(value)))].slice(0, MAX_COMPARED);
}

/** The href with the selection appended (after its own parameters). */
export function withCompare(href: string, selection: string[]) {
  if (selection.length === 0) return href;
  const extra = selection.map((slug) => `${COMPARE_PARAM}=${encodeURIComponent(slug)}`).join("&");
  return `${href}${href.includes("?") ? "&" : "?"}${extra}`;
}

/** The selection with the slug added (dropping the oldest when full) or removed. */
export function toggleCompare(selection: string[], slug: string): string[] {
  if (selection.includes(slug)) return selection.filter((s) => s !== slug);
  return [...selection, slug].slice(-MAX_COMPARED);
}

/** The comparison page of the selection. */
export function compareHref(selection: string[]) {
  return selection.length
    ? `/confronta?${selection.map((slug) => `p=${encodeURIComponent(slug)}`).join("&")}`
    : "/confronta";
}

/** A listing address (as remembered in the browser) split into the listing and its compare selection; null for any other address. */
export function splitListingHref(href: string): { listing: string; selection: string[] } | null {
  if (!href.startsWith("/")) return null;
  const url = new URL(href, "http://listing.invalid");
  if (url.origin !== "http://listing.invalid" || url.pathname !== "/pratiche") return null;
  const selection = parseCompareSelection({ [COMPARE_PARAM]: url.searchParams.getAll(COMPARE_PARAM) });
  url.searchParams.delete(COMPARE_PARAM);
  return { listing: `${url.pathname}${url.search}`, selection };
}
