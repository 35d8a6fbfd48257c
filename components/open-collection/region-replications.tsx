import { Link } from "@/components/link";
import type { listRegionReplications } from "@/lib/open-collection/queries";

type Data = Awaited<ReturnType<typeof listRegionReplications>>;

const year = new Intl.DateTimeFormat("it-IT", { month: "long", year: "numeric", timeZone: "UTC" });

/** A region page's replications: practices its entities replicated, and its practices replicated elsewhere. */
export function RegionReplications({ regionName, data }: { regionName: string; data: Data }) {
  if (data.into.length === 0 && data.outOf.length === 0) return null;
  return (
    <section aria-labelledby="repliche-regione" className="flex flex-col gap-4" data-testid="region-replications">
      <h2 id="repliche-regione" className="text-2xl font-bold">
        Repliche
      </h2>
      {data.into.length > 0 && (
        <div>
          <h3 className="text-xl font-bold">Replicate in {regionName}</h3>
          <ul className="list-disc pl-5">
            {data.into.map((r, i) => (
              <li key={i}>
                {r.entityName} ha replicato <Link href={`/pratiche/${r.practice.slug}`}>{r.practice.title}</Link> di{" "}
                {r.practice.entity.name} ({r.practice.entity.region.name})
                {r.startDate && `, da ${year.format(r.startDate)}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      {data.outOf.length > 0 && (
        <div>
          <h3 className="text-xl font-bold">Pratiche di {regionName} replicate altrove</h3>
          <ul className="list-disc pl-5">
            {data.outOf.map((r, i) => (
              <li key={i}>
                <Link href={`/pratiche/${r.practice.slug}`}>{r.practice.title}</Link> di {r.practice.entity.name},
                replicata da {r.entityName} ({r.region.name}){r.startDate && `, da ${year.format(r.startDate)}`}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
