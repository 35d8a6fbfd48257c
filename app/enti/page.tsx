import type { Metadata } from "next";
import { CountList } from "@/components/practices/count-list";
import { fetchEntities } from "@/lib/entities/catalogue";
import { fetchRegions } from "@/lib/practices/catalogue";
import { catalogueRobots } from "@/lib/practices/indexing";

const METADATA: Metadata = {
  title: "Gli enti",
  description:
    "Comuni, ambiti territoriali e unioni di comuni che hanno descritto le loro pratiche, regione per regione.",
  alternates: { canonical: "/enti" },
};

export async function generateMetadata(): Promise<Metadata> {
  return { ...METADATA, robots: await catalogueRobots() };
}

export default async function EntitiesPage() {
  const [entities, regions] = await Promise.all([fetchEntities(), fetchRegions()]);
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-8 px-4 py-10">
      <h1 className="text-3xl font-bold">Gli enti</h1>
      <p className="max-w-3xl text-muted">
        Comuni, ambiti territoriali sociali e unioni di comuni con almeno una pratica nel catalogo, con il numero delle
        loro pratiche.
      </p>
      {regions.map((region) => {
        const items = entities.filter((entity) => entity.regionId === region.id);
        if (items.length === 0) return null;
        return (
          <section key={region.id} aria-labelledby={`enti-${region.slug}`}>
            <h2 id={`enti-${region.slug}`} className="mb-3 text-xl font-bold">
              {region.name}
            </h2>
            <CountList
              columns={3}
              items={items.map((entity) => ({
                href: `/enti/${entity.slug}`,
                label: entity.name,
                count: entity.practiceCount,
              }))}
            />
          </section>
        );
      })}
    </div>
  );
}
