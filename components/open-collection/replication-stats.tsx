import { Link } from "@/components/link";
import { countedRegion, ItalyMap } from "@/components/map/italy-map";
import { FOLLOW_UP_LABELS, FOLLOW_UP_STATUSES } from "@/lib/open-collection/labels";
import type { DeclarationRow } from "@/lib/open-collection/queries";
import { SUSTAINABILITY } from "@/lib/practices/enum-labels";

type Props = {
  mostReplicated: { slug: string; title: string; entityName: string; regionName: string; count: number }[];
  byRegion: { regionId: number; count: number }[];
  declarations: { byRegion: DeclarationRow[]; byArea: DeclarationRow[] };
  regions: { id: number; slug: string; name: string }[];
};

function DeclarationTable({
  caption,
  rows,
  groupLabel,
}: {
  caption: string;
  rows: DeclarationRow[];
  groupLabel: string;
}) {
  if (rows.length === 0) return null;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-1">
              {groupLabel}
            </th>
            <th scope="col">Nel 2020 dichiarava</th>
            <th scope="col">L&apos;ultimo aggiornamento dice</th>
            <th scope="col">Schede</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.group}-${row.declared}-${row.latest}`} className="border-b border-line">
              <th scope="row" className="py-1 font-normal">
                {row.group}
              </th>
              <td>{SUSTAINABILITY.find((s) => s.value === row.declared)?.label ?? row.declared}</td>
              <td>{FOLLOW_UP_LABELS[row.latest]}</td>
              <td>{row.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** /statistiche: the most replicated sheets, where replications happened, and 2020 vs follow-ups. */
export function ReplicationStats({ mostReplicated, byRegion, declarations, regions }: Props) {
  const counts = new Map(byRegion.map((r) => [r.regionId, r.count]));
  const statuses = FOLLOW_UP_STATUSES.map((s) => s.label.toLowerCase()).join(", ");
  return (
    <section
      aria-labelledby="repliche"
      className="flex flex-col gap-8 border-t border-line pt-6"
      data-testid="replication-stats"
    >
      <h2 id="repliche" className="text-2xl font-bold">
        Repliche e aggiornamenti
      </h2>
      <p className="max-w-3xl">
        Le repliche segnalate dagli enti e approvate dalla redazione, e gli aggiornamenti sul dopo ({statuses}). Le
        schede illustrative non ne ricevono.
      </p>
      <div className="grid gap-8 md:grid-cols-2">
        <div>
          <h3 className="text-xl font-bold">Le pratiche più replicate</h3>
          {mostReplicated.length === 0 ? (
            <p className="mt-2">Nessuna replica approvata finora.</p>
          ) : (
            <ol className="mt-2 list-decimal pl-5" data-testid="most-replicated">
              {mostReplicated.map((p) => (
                <li key={p.slug}>
                  <Link href={`/pratiche/${p.slug}`}>{p.title}</Link> — {p.entityName} ({p.regionName}):{" "}
                  {p.count === 1 ? "1 replica" : `${p.count} repliche`}
                </li>
              ))}
            </ol>
          )}
        </div>
        <figure>
          <ItalyMap
            regions={regions.map((region) =>
              countedRegion({ ...region, href: `/regioni/${region.slug}` }, counts.get(region.id) ?? 0, [
                "replica",
                "repliche",
              ]),
            )}
            highlightGaps={false}
            label="Repliche per regione dell'ente che ha replicato"
            titleId="mappa-repliche-statistiche"
          />
          <figcaption className="text-sm text-muted">Repliche per regione dell&apos;ente che ha replicato.</figcaption>
        </figure>
      </div>
      <div className="flex flex-col gap-6">
        <h3 className="text-xl font-bold">Cosa dichiaravano nel 2020, cosa dicono gli aggiornamenti</h3>
        {declarations.byRegion.length === 0 ? (
          <p>Nessuna scheda ha ancora un aggiornamento.</p>
        ) : (
          <>
            <DeclarationTable caption="Per regione" rows={declarations.byRegion} groupLabel="Regione" />
            <DeclarationTable caption="Per area di utenza" rows={declarations.byArea} groupLabel="Area di utenza" />
          </>
        )}
      </div>
    </section>
  );
}
