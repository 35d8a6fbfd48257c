"use client";

/**
 * The listing's "Strumenti" from their addresses and labels (listing-tools.tsx, on the server): the
 * payload carries those, not this markup. `exports` is CSV for Excel, standard CSV, JSON; empty
 * when nothing is listed.
 */
export function ListingToolsView({ exports, feed }: { exports: [href: string, label: string][]; feed: string }) {
  const [excel, csv, json] = exports;
  return (
    <details className="no-print text-sm" data-testid="listing-tools">
      <summary className="cursor-pointer font-semibold text-primary">Strumenti</summary>
      <div className="mt-2 flex flex-col gap-2 rounded border border-line bg-surface p-3">
        {excel && csv && json && (
          <ul className="flex flex-col gap-1" data-testid="export-links">
            <li>
              <a href={excel[0]} data-testid="export-csv">
                {excel[1]}
              </a>
            </li>
            <li>
              <a href={csv[0]}>{csv[1]}</a>
            </li>
            <li>
              <a href={json[0]} data-testid="export-json">
                {json[1]}
              </a>
            </li>
          </ul>
        )}
        <p>
          <a href={feed} type="application/atom+xml" data-testid="follow-search">
            Segui questa ricerca (Atom)
          </a>
        </p>
      </div>
    </details>
  );
}
