import { Link } from "@/components/link";
import { listingHref } from "@/lib/practices/facet-options";
import { practicesCount } from "@/lib/practices/practices-count";
import type { Relaxation } from "@/lib/practices/relaxations";

/** No results: which single filter to drop to find some, each suggestion a link. */
export function EmptyResults({
  suggestions,
  filtered,
}: {
  suggestions: (Relaxation & { total: number })[];
  filtered: boolean;
}) {
  if (!filtered)
    return (
      <p className="rounded border border-line bg-surface p-6" data-testid="empty-results">
        Il catalogo non ha ancora pratiche pubblicate.
      </p>
    );
  const useful = suggestions.filter((suggestion) => suggestion.total > 0).sort((a, b) => b.total - a.total);
  return (
    <div className="flex flex-col gap-2 rounded border border-line bg-surface p-6" data-testid="empty-results">
      <p className="font-semibold">Nessuna pratica corrisponde a tutti i criteri scelti.</p>
      {useful.length > 0 ? (
        <ul className="flex flex-col gap-1">
          {useful.map((suggestion) => (
            <li key={suggestion.label}>
              <Link href={listingHref(suggestion.filters)}>
                Togliendo «{suggestion.label}» trovi {practicesCount(suggestion.total)}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>
          Togliere un solo filtro non basta: prova parole diverse o <Link href="/pratiche">azzera i filtri</Link>.
        </p>
      )}
      <p>
        Se ne conosci una che manca, <Link href="/segnala">segnalala al catalogo</Link>.
      </p>
    </div>
  );
}
