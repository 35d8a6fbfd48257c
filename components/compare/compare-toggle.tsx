"use client";

import { Link } from "@/components/link";

/**
 * A card's "Aggiungi al confronto": a link to the same listing with the sheet added to (or removed
 * from) the selection in the URL, so it works without JavaScript and survives page changes.
 */
export function CompareToggle({
  href,
  selected,
  title,
  label,
}: {
  href: string;
  selected: boolean;
  title: string;
  /** Instead of "Aggiungi al confronto". */
  label?: string;
}) {
  return (
    <Link href={href} scroll={false} className="compare-toggle no-print" data-testid="compare-toggle">
      <span aria-hidden="true">{selected ? "✓" : ""}</span>
      {selected ? "Togli dal confronto" : (label ?? "Aggiungi al confronto")}
      <span className="sr-only">{`«${title}»`}</span>
    </Link>
  );
}
