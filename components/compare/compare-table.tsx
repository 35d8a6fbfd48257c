import Link from "next/link";
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

/** Sheets as columns, aspects as rows; each column can be removed from the comparison. */
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
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm" data-testid="compare-table">
        <caption className="sr-only">Confronto tra {records.length} pratiche</caption>
        <thead>
          <tr>
            <td className="w-48" />
            {records.map((record) => (
              <th key={record.slug} scope="col" className="border-b-2 border-primary p-3 align-top">
                <Link href={`/pratiche/${record.slug}`} className="text-base font-bold">
                  {record.titolo}
                </Link>
                {record.illustrativa && (
                  <div className="mt-1">
                    <SampleBadge />
                  </div>
                )}
                <Link href={removeHref(record.slug)} className="no-print mt-2 block text-xs font-normal">
                  Togli dal confronto
                </Link>
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
                  <td key={record.slug} className="p-3 align-top">
                    {cell && <Cell cell={cell} />}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
