"use client";

import { useSyncExternalStore } from "react";
import { CompareToggle } from "@/components/compare/compare-toggle";
import { lastListing } from "@/components/compare/last-listing";
import { splitListingHref, toggleCompare, withCompare } from "@/lib/compare/selection";

const unchanging = () => () => {};

/**
 * A sheet's way into the comparison. Opened from a listing (this tab remembers it), it goes back to
 * that listing, filters kept, with the sheet added to its selection; otherwise — and without
 * JavaScript — it starts a selection of this sheet on the unfiltered listing.
 */
export function SheetCompareLink({ slug, title }: { slug: string; title: string }) {
  const remembered = useSyncExternalStore(unchanging, lastListing, () => null);
  const from = remembered ? splitListingHref(remembered) : null;
  const already = from?.selection.includes(slug) ?? false;
  const href = from
    ? withCompare(from.listing, already ? from.selection : toggleCompare(from.selection, slug))
    : withCompare("/pratiche", [slug]);
  const label = !from
    ? "Confronta con altre pratiche"
    : already
      ? "Già nel confronto: torna all'elenco"
      : "Aggiungi al confronto";
  return <CompareToggle href={href} selected={false} title={title} label={label} />;
}
