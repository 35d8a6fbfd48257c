import { Link } from "@/components/link";
import { MAX_COMPARED } from "@/lib/compare/compare";
import { compareHref } from "@/lib/compare/selection";

/**
 * The sheets picked for comparison while browsing, kept at the bottom of the screen: how many,
 * the way to the comparison (from two on), and a link to take each one out.
 */
export function CompareTray({
  selection,
  removeHref,
}: {
  selection: { slug: string; title: string }[];
  removeHref: (slug: string) => string;
}) {
  if (selection.length === 0) return null;
  const count = selection.length === 1 ? "1 selezionata" : `${selection.length} selezionate`;
  return (
    <section
      aria-labelledby="confronto-vassoio"
      className="no-print sticky bottom-0 z-10 rounded border-2 border-primary bg-white p-3 shadow-lg"
      data-testid="compare-tray"
      data-sticky-save-bar
    >
      <h2 id="confronto-vassoio" className="flex flex-wrap items-center gap-x-3 gap-y-2 font-bold">
        <span data-testid="compare-tray-count">{count}</span>
        {selection.length >= 2 ? (
          <>
            <span aria-hidden="true">—</span>
            <Link
              href={compareHref(selection.map((item) => item.slug))}
              className="rounded bg-primary px-3 py-1 text-white no-underline hover:bg-primary-dark"
            >
              Confronta
            </Link>
          </>
        ) : (
          <span className="text-sm font-normal text-muted">— scegline un&apos;altra per confrontare</span>
        )}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {selection.map((item) => (
          <li key={item.slug}>
            {item.title}{" "}
            <Link href={removeHref(item.slug)} scroll={false}>
              Togli<span className="sr-only"> «{item.title}» dal confronto</span>
            </Link>
          </li>
        ))}
      </ul>
      {selection.length >= MAX_COMPARED && (
        <p className="mt-1 text-xs text-muted">Al massimo {MAX_COMPARED}: aggiungendone un&apos;altra esce la prima.</p>
      )}
    </section>
  );
}
