"use client";

import { RESULTS_HEADING_ID } from "@/components/practices/listing-ids";
import { SORTS } from "@/lib/practices/sorts";

// The listing's search box, filters' disclosure, order and results' heading: client components only
// so that the page's payload carries the words typed, the order chosen and the count, not this
// markup (issue #16, page weight). The fields belong to the listing's GET form (FilterForm), and
// work with or without JavaScript.

export function ListingSearch({ q }: { q: string }) {
  return (
    <div className="listing-search flex gap-2">
      <div className="flex-1">
        <label htmlFor="q" className="block font-semibold">
          Parole da cercare
        </label>
        <div className="mt-1 flex">
          <input
            key={q}
            id="q"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={200}
            className="w-full min-w-0 rounded-l border border-muted px-3 py-2"
            placeholder="es. spesa a domicilio, tablet, anziani"
          />
          <button
            type="submit"
            className="rounded-r bg-primary px-5 py-2 font-semibold text-white hover:bg-primary-dark"
          >
            Cerca
          </button>
        </div>
      </div>
    </div>
  );
}

/**
 * The row under the search box: the filters (a disclosure on a phone, a column from lg up; the
 * groups come as children) and the order.
 */
export function ListingToolbar({
  active,
  sort,
  children,
}: {
  /** How many facet values are ticked. */
  active: number;
  sort: string;
  children: React.ReactNode;
}) {
  return (
    <div className="listing-toolbar">
      <a
        href={`#${RESULTS_HEADING_ID}`}
        className="sr-only focus:not-sr-only focus:mb-2 focus:inline-block focus:bg-white focus:p-2"
      >
        Vai ai risultati
      </a>
      <details className="facets-panel">
        <summary className="inline-flex cursor-pointer items-center rounded border border-primary px-3 py-2 font-semibold text-primary">
          Filtri{active > 0 && ` (${active})`}
        </summary>
        <div className="facets-body mt-3 rounded border border-line bg-white px-3 lg:mt-0 lg:border-0 lg:px-0">
          <h2 className="sr-only lg:not-sr-only lg:text-lg lg:font-bold">Filtri</h2>
          <p className="py-2 text-sm text-muted">
            Scegli i filtri, poi premi «Mostra». Più valori dello stesso filtro si sommano, filtri diversi si combinano.
          </p>
          {children}
        </div>
      </details>
      <ListingSort sort={sort} />
    </div>
  );
}

function ListingSort({ sort }: { sort: string }) {
  return (
    <div className="listing-sort flex items-center gap-2">
      <label htmlFor="ordina" className="sr-only font-semibold sm:not-sr-only">
        Ordina per
      </label>
      <select
        key={sort}
        id="ordina"
        name="ordina"
        defaultValue={sort}
        className="max-w-[10rem] rounded border border-muted px-2 py-2"
      >
        {SORTS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className="rounded border border-primary px-3 py-2 font-semibold text-primary hover:bg-primary-lightest"
      >
        Ordina
      </button>
    </div>
  );
}

/** The count of what is listed (announced when it changes), the tools beside it, the pages line. */
export function ResultsHeading({
  count,
  pages,
  children,
}: {
  count: string;
  pages: string | null;
  children: React.ReactNode;
}) {
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={RESULTS_HEADING_ID} tabIndex={-1} className="text-xl font-bold">
          <span role="status" aria-live="polite" data-testid="result-count">
            {count}
          </span>
        </h2>
        {children}
      </div>
      {pages && (
        <p className="-mt-2 text-sm text-muted" data-testid="pages-line">
          {pages}
        </p>
      )}
    </>
  );
}
