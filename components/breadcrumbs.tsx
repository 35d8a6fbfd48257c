"use client";

import { Link } from "@/components/link";

export function Breadcrumbs({ items }: { items: { label: string; href?: string }[] }) {
  return (
    <nav aria-label="Percorso" className="no-print text-sm">
      <ol className="flex flex-wrap gap-1 text-muted">
        {items.map((item, index) => (
          <li key={item.label} className="flex gap-1">
            {index > 0 && <span aria-hidden="true">/</span>}
            {item.href ? <Link href={item.href}>{item.label}</Link> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
