import type { Metadata } from "next";
import { CountList } from "@/components/practices/count-list";
import { fetchCatalogueOverview, fetchRegions } from "@/lib/practices/catalogue";
import { RIPARTIZIONI } from "@/lib/practices/enum-labels";
import { catalogueRobots } from "@/lib/practices/indexing";

const METADATA: Metadata = {
  title: "Le pratiche per regione",
  alternates: { canonical: "/regioni" },
};

export async function generateMetadata(): Promise<Metadata> {
  return { ...METADATA, robots: await catalogueRobots() };
}

export default async function RegionsPage() {
  const [regions, { byRegion }] = await Promise.all([fetchRegions(), fetchCatalogueOverview()]);
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-8 px-4 py-10">
      <h1 className="text-3xl font-bold">Le pratiche per regione</h1>
      {RIPARTIZIONI.map((ripartizione) => (
        <section key={ripartizione.value} aria-labelledby={`rip-${ripartizione.slug}`}>
          <h2 id={`rip-${ripartizione.slug}`} className="mb-3 text-xl font-bold">
            {ripartizione.label}
          </h2>
          <CountList
            columns={3}
            items={regions
              .filter((region) => region.ripartizione === ripartizione.value)
              .map((region) => ({
                href: `/regioni/${region.slug}`,
                label: region.name,
                count: byRegion[region.slug] ?? 0,
              }))}
          />
        </section>
      ))}
    </div>
  );
}
