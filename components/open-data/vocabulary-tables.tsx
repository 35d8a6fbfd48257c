import type { Vocabularies } from "@/lib/api/schemas";

/** Every controlled vocabulary: the slug used in files and URLs, and its label. */
export function VocabularyTables({ vocabularies }: { vocabularies: Vocabularies }) {
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {vocabularies.vocabolari.map((vocabulary) => (
        <details key={vocabulary.parametro} className="rounded border border-line p-3">
          <summary className="cursor-pointer font-semibold">
            {vocabulary.nome}{" "}
            <span className="font-mono text-sm text-muted">
              ({vocabulary.parametro}, {vocabulary.valori.length} valori)
            </span>
          </summary>
          <table className="mt-2 w-full text-left text-sm">
            <caption className="sr-only">{vocabulary.nome}</caption>
            <tbody>
              {vocabulary.valori.map((value) => (
                <tr key={value.slug} className="border-b border-line align-top">
                  <th scope="row" className="p-1 font-mono font-normal">
                    {value.slug}
                  </th>
                  <td className="p-1">
                    {value.etichetta}
                    {value.descrizione && <span className="block text-muted">{value.descrizione}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ))}
    </div>
  );
}
