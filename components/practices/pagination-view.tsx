"use client";

import { Link } from "@/components/link";

/**
 * The listing's page links, from the page numbers to show and their addresses (pagination.tsx,
 * on the server): the payload carries those, not the links' markup.
 */
export function PaginationView({
  page,
  pageCount,
  summary,
  hrefs,
}: {
  page: number;
  pageCount: number;
  summary?: string | null;
  /** [page, href] for each number shown, ascending: the first, the last, the current and its neighbours. */
  hrefs: [page: number, href: string][];
}) {
  const href = new Map(hrefs);
  const numbers = hrefs.map(([p]) => p);
  return (
    <nav aria-label="Paginazione" className="mt-6 flex flex-col gap-2">
      {summary && <p className="text-sm text-muted">{summary}</p>}
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={href.get(page - 1)!} className="rounded border border-line px-3 py-2" rel="prev">
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
              <Link href={href.get(p)!} className="rounded border border-line px-3 py-2">
                <span className="sr-only">Pagina </span>
                {p}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount && (
          <li>
            <Link href={href.get(page + 1)!} className="rounded border border-line px-3 py-2" rel="next">
              Successiva ›
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
