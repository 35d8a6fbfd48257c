import { ScrollRegion } from "@/components/scroll-region";
/** A chart with its data table (the accessible and copyable version) and its CSV download. */
export function ChartFigure({
  id,
  title,
  csvHref,
  table,
  children,
}: {
  id: string;
  title: string;
  csvHref: string;
  table: { columns: string[]; rows: (string | number)[][] };
  children: React.ReactNode;
}) {
  return (
    <figure className="flex flex-col gap-2" aria-labelledby={`${id}-didascalia`} data-testid="chart">
      <figcaption id={`${id}-didascalia`} className="font-semibold">
        {title}
      </figcaption>
      <ScrollRegion label={`Grafico: ${title}`}>{children}</ScrollRegion>
      <div className="flex flex-wrap gap-4 text-sm">
        <details className="w-full">
          <summary className="cursor-pointer">Tabella dei dati</summary>
          <ScrollRegion label={`Tabella: ${title}`}>
            <table className="mt-2 text-left text-sm">
              <caption className="sr-only">{title}</caption>
              <thead>
                <tr className="border-b border-line">
                  {table.columns.map((column) => (
                    <th key={column} scope="col" className="p-1">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={String(row[0])} className="border-b border-line">
                    {row.map((cell, index) =>
                      index === 0 ? (
                        <th key={index} scope="row" className="p-1 font-normal">
                          {cell}
                        </th>
                      ) : (
                        <td key={index} className="p-1 text-right">
                          {cell}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </details>
        <a href={csvHref} data-testid="chart-csv">
          Scarica i dati (CSV)
        </a>
      </div>
    </figure>
  );
}
