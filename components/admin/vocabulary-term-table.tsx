import { Link } from "@/components/link";
import type { TermWithUsage } from "@/lib/vocabularies/queries";

const sheets = (count: number) => (count === 1 ? "1 scheda" : `${count} schede`);

export function VocabularyTermTable({ vocabularyKey, terms }: { vocabularyKey: string; terms: TermWithUsage[] }) {
  if (terms.length === 0) return <p>Nessuna voce: aggiungi la prima con il modulo qui sopra.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Voci del vocabolario</caption>
        <thead>
          <tr className="border-b-2 border-ink text-left">
            <th scope="col" className="py-2 pr-3">
              Etichetta
            </th>
            <th scope="col" className="py-2 pr-3">
              Indirizzo
            </th>
            <th scope="col" className="py-2 pr-3">
              Usata da
            </th>
          </tr>
        </thead>
        <tbody>
          {terms.map((term) => (
            <tr key={term.id} className="border-b border-line align-top">
              <td className="py-2 pr-3">
                <Link href={`/admin/vocabolari/${vocabularyKey}/${term.slug}`}>{term.label}</Link>
                {term.description && <p className="text-muted">{term.description}</p>}
              </td>
              <td className="py-2 pr-3 font-mono">{term.slug}</td>
              <td className="py-2 pr-3" data-testid="term-usage">
                {sheets(term._count.practices)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
