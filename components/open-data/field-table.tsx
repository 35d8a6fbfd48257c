import { ScrollRegion } from "@/components/scroll-region";
import { EXTRA_COLUMNS } from "@/lib/open-data/csv";
import { FIELD_LABELS, FIELD_NAMES, MULTI_VALUE_SEPARATOR, TERM_FIELDS } from "@/lib/practices/practice-fields";

/** The CSV columns: first those of the import template, then those that describe the copy. */
export function FieldTable() {
  const rows = [
    ...FIELD_NAMES.map((field) => ({
      field,
      meaning:
        FIELD_LABELS[field] + (field in TERM_FIELDS ? ` (slug dei valori separati da ${MULTI_VALUE_SEPARATOR})` : ""),
      template: true,
    })),
    ...Object.entries(EXTRA_COLUMNS).map(([field, meaning]) => ({ field, meaning, template: false })),
  ];
  return (
    <ScrollRegion label="Colonne del file CSV">
      <table className="w-full text-left text-sm" data-testid="field-table">
        <caption className="sr-only">Colonne del file CSV</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="p-2">
              Colonna
            </th>
            <th scope="col" className="p-2">
              Significato
            </th>
            <th scope="col" className="p-2">
              Nel modello di importazione
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field} className="border-b border-line align-top">
              <th scope="row" className="p-2 font-mono">
                {row.field}
              </th>
              <td className="p-2">{row.meaning}</td>
              <td className="p-2">{row.template ? "sì" : "no"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
