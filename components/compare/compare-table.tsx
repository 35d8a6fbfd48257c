import { Link } from "@/components/link";
import { SampleBadge } from "@/components/practices/sample-badge";
import type { PracticeRecord } from "@/lib/api/schemas";
import type { CompareCell, CompareRow } from "@/lib/compare/compare";

function Cell({ cell }: { cell: CompareCell }) {
  if ("text" in cell) return <>{cell.text}</>;
  if (cell.items.length === 0) return <span className="text-muted">Non indicato</span>;
  return (
    <ul className="flex flex-col gap-1">
      {cell.items.map((item) => (
        <li key={item.label} className={item.shared ? "font-semibold" : undefined}>
          {item.label}
          {item.shared && (
            <span className="ml-1 rounded bg-primary-lightest px-1 text-xs font-semibold text-primary-darker">
              in comune
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

function SheetHeading({ record, removeHref }: { record: PracticeRecord; removeHref: string }) {
  return (
    <>
      <Link href={`/pratiche/${record.slug}`} className="text-base font-bold">
        {record.titolo}
      </Link>
      <span className="mt-1 block text-sm font-normal text-muted">{record.ente.nome}</span>
      {record.illustrativa && (
        <div className="mt-1">
          <SampleBadge />
        </div>
      )}
      <Link href={removeHref} className="no-print mt-2 block text-xs font-normal">
        Togli dal confronto<span className="sr-only"> «{record.titolo}»</span>
      </Link>
    </>
  );
}

/**
 * Sheets as columns, aspects as rows, from md up. On a phone a table of two or three columns
 * shows half a column at best, so there each aspect is a block listing every sheet's value.
 */
export function CompareTable({
  records,
  rows,
  removeHref,
}: {
  records: PracticeRecord[];
  rows: CompareRow[];
  removeHref: (slug: string) => string;
}) {
  return (
    <>
      <div className="hidden md:block print:block">
        <table className="w-full table-fixed border-collapse text-left text-sm" data-testid="compare-table">
          <caption className="sr-only">Confronto tra {records.length} pratiche</caption>
          <thead>
            <tr>
              <td className="w-44" />
              {records.map((record) => (
                <th key={record.slug} scope="col" className="border-b-2 border-primary p-3 align-top">
                  <SheetHeading record={record} removeHref={removeHref(record.slug)} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label} className="border-b border-line">
                <th scope="row" className="bg-surface p-3 align-top font-semibold">
                  {row.label}
                </th>
                {records.map((record, index) => {
                  const cell = row.cells[index];
                  return (
                    <td key={record.slug} className="p-3 align-top break-words">
                      {cell && <Cell cell={cell} />}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex flex-col gap-4 md:hidden print:hidden" data-testid="compare-stacked">
        <ol className="flex flex-col gap-3">
          {records.map((record, index) => (
            <li key={record.slug} className="rounded border-l-4 border-primary bg-surface p-3">
              <span className="text-sm font-semibold text-primary">Pratica {index + 1}</span>
              <div>
                <SheetHeading record={record} removeHref={removeHref(record.slug)} />
              </div>
            </li>
          ))}
        </ol>
        {rows.map((row) => (
          <section key={row.label} className="border-b border-line pb-3" data-testid="compare-aspect">
            <h2 className="text-lg font-bold">{row.label}</h2>
            <dl className="mt-1 flex flex-col gap-2 text-sm">
              {records.map((record, index) => {
                const cell = row.cells[index];
                return (
                  <div key={record.slug}>
                    <dt className="font-semibold text-primary-darker">
                      {index + 1}. {record.titolo}
                    </dt>
                    <dd className="break-words">{cell && <Cell cell={cell} />}</dd>
                  </div>
                );
              })}
            </dl>
          </section>
        ))}
      </div>
    </>
  );
}
