"use client";

import { Link } from "@/components/link";
import { formatInteger } from "@/lib/italian-format";

// A client component so that a page's payload carries the items (label, address, count), not each
// row's element tree: the home and region pages list twenty regions or more this way.

/** Labels with counts, each a link (to a filtered listing or a region page). */
export function CountList({
  items,
  columns = 2,
}: {
  items: { href: string; label: string; count: number }[];
  columns?: 2 | 3;
}) {
  return (
    <ul className={`grid gap-x-6 gap-y-1 ${columns === 3 ? "sm:grid-cols-2 lg:grid-cols-3" : "sm:grid-cols-2"}`}>
      {items.map((item) => (
        <li key={item.href} className="flex justify-between gap-3 border-b border-line py-1">
          <Link href={item.href}>{item.label}</Link>
          <span className="text-muted">{formatInteger(item.count)}</span>
        </li>
      ))}
    </ul>
  );
}
