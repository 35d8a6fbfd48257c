import Link from "next/link";
import { listingHref } from "@/lib/practices/facet-options";
import type { PracticeFilters } from "@/lib/practices/search-params";
import { withCompare } from "@/lib/compare/selection";

function pageNumbers(current: number, count: number) {
  const pages = new Set([1, count, current - 1, current, current + 1].filter((p) => p >= 1 && p <= count));
  return [...pages].sort((a, b) => a - b);
}

export function Pagination({
  filters,
  page,
  pageCount,
  summary,
  compare = [],
}: {
  filters: PracticeFilters;
  page: number;
  pageCount: number;
  /** "Pagina 2 di 4 · risultati 25–48 di 90", repeated under the last result. */
  summary?: string | null;
  /** The compare selection, carried to every page. */
  compare?: string[];
}) {
  if (pageCount <= 1) return null;
  const href = (p: number) => withCompare(listingHref({ ...filters, page: p }), compare);
  const numbers = pageNumbers(page, pageCount);
  return (
    <nav aria-label="Paginazione" className="mt-6 flex flex-col gap-2">
      {summary && <p className="text-sm text-muted">{summary}</p>}
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} className="rounded border border-line px-3 py-2" rel="prev">
              ‹ Precedente
            </Link>
          </li>
        )}
        {numbers.map((p, index) => (
          <li key={p} className="flex items-center gap-2">
            {index > 0 && numbers[index - 1] !== p - 1 && <span aria-hidden="true">…</span>}
            {p === page ? (
              <span aria-current="page" className="rounded bg-primary px-3 py-2 font-bold text-white">
                <span className="sr-only">Pagina </span>
                {p}
              </span>
            ) : (
              <Link href={href(p)} className="rounded border border-line px-3 py-2">
                <span className="sr-only">Pagina </span>
                {p}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount && (
          <li>
            <Link href={href(page + 1)} className="rounded border border-line px-3 py-2" rel="next">
              Successiva ›
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
