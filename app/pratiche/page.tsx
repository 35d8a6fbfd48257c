import type { Metadata } from "next";
import { PracticeListing } from "@/components/practices/practice-listing";
import { fetchPracticeSearch, fetchRegions, fetchTerms } from "@/lib/practices/catalogue";
import { buildFacetOptions, dropUnknownValues } from "@/lib/practices/facet-options";
import { parsePracticeFilters } from "@/lib/practices/search-params";
import { catalogueRobots } from "@/lib/practices/indexing";

const METADATA: Metadata = {
  title: "Tutte le pratiche",
  description:
    "Cerca tra le pratiche dei servizi sociali durante l'emergenza Covid-19 per regione, area di utenza, finanziamento, tecnologie e parole.",
  alternates: { canonical: "/pratiche" },
};

export async function generateMetadata(): Promise<Metadata> {
  return { ...METADATA, robots: await catalogueRobots() };
}

// The listing renders whole on the server before anything is sent, instead of streaming its
// results into a prerendered shell: streamed content needs JavaScript to be swapped into place,
// and the listing must work with JavaScript off. Cached queries keep the blocking time short.
export const instant = false;

export default async function PracticesPage({ searchParams }: PageProps<"/pratiche">) {
  const [regions, terms] = await Promise.all([fetchRegions(), fetchTerms()]);
  const options = buildFacetOptions(regions, terms);
  const filters = dropUnknownValues(parsePracticeFilters(await searchParams), options);
  const result = await fetchPracticeSearch(filters);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold">Le pratiche</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Cerca tra le schede di comuni e ambiti territoriali: combina regione, area di utenza, tipo di servizio, fonti di
        finanziamento, tecnologie, reti e canali. Più valori dello stesso filtro si sommano, filtri diversi si
        combinano.
      </p>
      <PracticeListing filters={filters} result={result} options={options} action="/pratiche" />
    </div>
  );
}
