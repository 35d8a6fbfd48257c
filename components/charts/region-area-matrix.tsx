import { Link } from "@/components/link";
import { ScrollRegion } from "@/components/scroll-region";
import type { CrossTab } from "@/lib/stats/cross-tab";

// Regions by areas di utenza as a plain table: every cell links to the listing of its sheets, and
// the empty ones are marked, because where nothing was reported is what an official looks for.

export function RegionAreaMatrix({
  id,
  title,
  table,
  cellHref,
  rowHref,
}: {
  id: string;
  title: string;
  table: CrossTab;
  cellHref: (row: string, column: string) => string;
  rowHref: (row: string) => string;
}) {
  const empty = table.rows.reduce((sum, row) => sum + row.counts.filter((count) => count === 0).length, 0);
  return (
    <figure className="flex flex-col gap-2" aria-labelledby={`${id}-didascalia`}>
      <figcaption id={`${id}-didascalia`} className="font-semibold">
        {title}
      </figcaption>
      <p className="text-sm" data-testid="matrix-empty">
        <span className="mr-1 inline-block h-3 w-5 border border-warning bg-warning-light align-middle" /> Celle
        evidenziate: nessuna scheda ({empty === 1 ? "1 combinazione" : `${empty} combinazioni`}). Ogni numero porta
        all&apos;elenco delle schede di quella regione e area.
      </p>
      {/* Positioned, so that the cells' screen-reader-only text (absolutely positioned) scrolls with them
          instead of widening the page. */}
      <ScrollRegion label={`Tabella: ${title}`} className="relative">
        <table className="text-left text-sm" data-testid="region-area-matrix">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="p-1">
                Regione
              </th>
              {table.columns.map((column) => (
                <th key={column.slug} scope="col" className="p-1 align-bottom text-xs">
                  {column.label}
                </th>
              ))}
              <th scope="col" className="p-1 align-bottom">
                Schede
              </th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.slug} className="border-b border-line">
                <th scope="row" className="p-1 font-normal whitespace-nowrap">
                  {row.label}
                </th>
                {row.counts.map((count, index) => {
                  const column = table.columns[index]!;
                  return (
                    <td
                      key={column.slug}
                      className={`p-1 text-right ${count === 0 ? "border border-warning bg-warning-light font-semibold" : ""}`}
                      data-cell={`${row.slug}/${column.slug}`}
                      data-count={count}
                    >
                      <Link href={cellHref(row.slug, column.slug)}>
                        {count}
                        {count === 0 && <span className="sr-only"> (nessuna scheda)</span>}
                      </Link>
                    </td>
                  );
                })}
                <td className="p-1 text-right">
                  <Link href={rowHref(row.slug)}>{row.total}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </figure>
  );
}
