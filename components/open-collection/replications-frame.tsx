"use client";

import { Link } from "@/components/link";

/**
 * The replications section's frame: its heading and the two forms' links (or why an illustrative
 * sheet has none). A client component so that a sheet's payload carries these few values rather
 * than the frame's markup; the list and the map, when there are any, come as children.
 */
export function ReplicationsFrame({
  count,
  slug,
  isSample,
  children,
}: {
  count: number;
  slug: string;
  isSample: boolean;
  children?: React.ReactNode;
}) {
  return (
    <section
      aria-labelledby="repliche"
      className="flex flex-col gap-4 rounded border border-line p-4"
      data-testid="replications"
    >
      <h2 id="repliche" className="text-2xl font-bold">
        {count === 0 ? "Non ancora replicata" : count === 1 ? "Replicata da 1 ente" : `Replicata da ${count} enti`}
      </h2>
      {children}
      {isSample ? (
        <p className="text-sm text-muted">
          Questa è una scheda illustrativa: non riceve repliche né aggiornamenti, che descriverebbero servizi reali.
        </p>
      ) : (
        <p className="no-print flex flex-wrap gap-4">
          <Link href={`/pratiche/${slug}/replica`} className="font-semibold">
            Il tuo ente ha replicato questa pratica?
          </Link>
          <Link href={`/pratiche/${slug}/aggiornamento`} className="font-semibold">
            Com&apos;è andata dopo?
          </Link>
        </p>
      )}
    </section>
  );
}
