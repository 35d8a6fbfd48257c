import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ItalyMap, type RegionCount } from "@/components/map/italy-map";
import { MAP_ATTRIBUTION } from "@/components/map/italy-regions";
import { MapFilterForm } from "@/components/map/map-filter-form";
import { MapLegend } from "@/components/map/map-legend";
import { SampleNotice } from "@/components/practices/sample-notice";
import { describeFilters } from "@/lib/open-data/describe-filters";
import { fetchPracticeSearch, fetchPublishedTotals, fetchRegions, fetchTerms } from "@/lib/practices/catalogue";
import { buildFacetOptions, listingHref } from "@/lib/practices/facet-options";
import { hasActiveFilters, parsePracticeFilters, toggleFacetValue } from "@/lib/practices/search-params";
import { catalogueRobots } from "@/lib/practices/indexing";

const METADATA: Metadata = {
  title: "Mappa delle pratiche",
  description:
    "Quante pratiche ci sono in ogni regione, per area di utenza, tipo di servizio, finanziamento o tecnologia, e dove mancano.",
  alternates: { canonical: "/mappa" },
};

export async function generateMetadata(): Promise<Metadata> {
  return { ...METADATA, robots: await catalogueRobots() };
}

// Rendered whole on the server: the filter form and the map work with JavaScript off.
export const instant = false;

export default async function MapPage({ searchParams }: PageProps<"/mappa">) {
  const parsed = parsePracticeFilters(await searchParams);
  const filters = { ...parsed, page: 1, facets: { ...parsed.facets, regione: [] } };
  const [result, regions, terms, totals] = await Promise.all([
    fetchPracticeSearch(filters),
    fetchRegions(),
    fetchTerms(),
    fetchPublishedTotals(),
  ]);
  const options = buildFacetOptions(regions, terms);
  const filtered = hasActiveFilters(filters);
  const described = describeFilters(filters, options);
  const counts: RegionCount[] = regions.map((region) => ({
    id: region.id,
    slug: region.slug,
    name: region.name,
    count: result.facetCounts.regione[region.slug] ?? 0,
    href: `/regioni/${region.slug}`,
  }));
  const gaps = counts.filter((region) => region.count === 0);
  const max = Math.max(0, ...counts.map((region) => region.count));
  const label = `Pratiche per regione${described ? ` — ${described}` : ""}`;

  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-8">
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Mappa" }]} />
      <h1 className="text-3xl font-bold">Mappa delle pratiche</h1>
      <p className="max-w-3xl text-lg">
        Quante pratiche ci sono in ogni regione. Scegli un tema: le regioni senza nessuna pratica per quel tema sono
        tratteggiate, per vedere dove mancano esperienze da cui imparare.
      </p>
      <MapFilterForm filters={filters} options={options} />
      {totals.samples > 0 && <SampleNotice />}
      <h2 className="text-xl font-bold" data-testid="map-heading">
        {label}: {result.total === 1 ? "1 pratica" : `${result.total} pratiche`}
      </h2>
      {filtered && (
        <p data-testid="map-gaps" className={gaps.length ? "rounded bg-warning-light px-3 py-2" : undefined}>
          {gaps.length === 0
            ? "Ci sono pratiche in tutte le 20 regioni."
            : `Nessuna pratica in ${gaps.length === 1 ? "1 regione" : `${gaps.length} regioni`}: ${gaps.map((region) => region.name).join(", ")}.`}
        </p>
      )}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,36rem)_1fr]">
        <figure className="flex flex-col gap-3">
          <ItalyMap regions={counts} highlightGaps={filtered} label={label} />
          <MapLegend max={max} highlightGaps={filtered} />
          <figcaption className="text-xs text-muted">{MAP_ATTRIBUTION} Ogni regione porta alla sua pagina.</figcaption>
        </figure>
        <table className="w-full self-start text-left text-sm" data-testid="map-table">
          <caption className="mb-2 text-left font-semibold">{label}: i dati della mappa</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="p-2">
                Regione
              </th>
              <th scope="col" className="p-2 text-right">
                Pratiche
              </th>
            </tr>
          </thead>
          <tbody>
            {counts.map((region) => (
              <tr key={region.slug} className="border-b border-line">
                <th scope="row" className="p-2 font-normal">
                  <Link href={region.href}>{region.name}</Link>
                </th>
                <td className="p-2 text-right">
                  {region.count > 0 ? (
                    <Link href={listingHref(toggleFacetValue(filters, "regione", region.slug))}>{region.count}</Link>
                  ) : (
                    <span className={filtered ? "font-semibold text-warning" : undefined}>
                      0{filtered && " — nessuna pratica"}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
