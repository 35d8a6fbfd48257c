import { Link } from "@/components/link";
import { countedRegion, ItalyMap } from "@/components/map/italy-map";
import { type ListedReplication, ReplicationList } from "@/components/open-collection/replication-list";
import { ReplicationsFrame } from "@/components/open-collection/replications-frame";
import type { OpenCollection } from "@/lib/open-collection/queries";

const dateFormat = new Intl.DateTimeFormat("it-IT", { month: "long", year: "numeric", timeZone: "UTC" });

type Props = {
  slug: string;
  entityName: string;
  isSample: boolean;
  collection: OpenCollection;
  regions: { id: number; slug: string; name: string }[];
};

/** "Replicata da N enti", where it spread, what this sheet's entity replicated, and the two forms' links. */
export function ReplicationsSection({ slug, entityName, isSample, collection, regions }: Props) {
  const { replications, replicatedByEntity } = collection;
  const perRegion = new Map<number, number>();
  for (const r of replications) perRegion.set(r.region.id, (perRegion.get(r.region.id) ?? 0) + 1);
  const n = replications.length;
  return (
    <ReplicationsFrame count={n} slug={slug} isSample={isSample}>
      {n > 0 && (
        <div className="grid gap-6 md:grid-cols-[1fr_16rem]">
          <ReplicationList
            replications={replications.map((r): ListedReplication => [
              r.id,
              r.entityName,
              r.province ? `${r.province}, ` : "",
              [r.region.slug, r.region.name],
              r.startDate ? `, da ${dateFormat.format(r.startDate)}` : "",
              r.note,
              r.changes,
              r.entitySheets.map((sheet) => [sheet.slug, sheet.title]),
            ])}
          />
          <figure>
            <ItalyMap
              regions={regions.map((region) =>
                countedRegion({ ...region, href: `/regioni/${region.slug}` }, perRegion.get(region.id) ?? 0, [
                  "replica",
                  "repliche",
                ]),
              )}
              highlightGaps={false}
              label="Dove è stata replicata"
              titleId="mappa-repliche"
              className="h-auto w-full"
            />
            <figcaption className="text-sm text-muted">Dove è stata replicata, per regione.</figcaption>
          </figure>
        </div>
      )}
      {replicatedByEntity.length > 0 && (
        <div data-testid="replicated-by-entity">
          <h3 className="font-bold">{entityName} ha replicato anche</h3>
          <ul className="list-disc pl-5">
            {replicatedByEntity.map((p) => (
              <li key={p.slug}>
                <Link href={`/pratiche/${p.slug}`}>{p.title}</Link> di {p.entity.name}
              </li>
            ))}
          </ul>
        </div>
      )}
    </ReplicationsFrame>
  );
}
