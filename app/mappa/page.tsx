import type { Metadata } from "next";
import { Link } from "@/components/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ItalyMap, type RegionCount } from "@/components/map/italy-map";
import { MAP_ATTRIBUTION } from "@/components/map/italy-regions";
import { MapFilterForm } from "@/components/map/map-filter-form";
import { MapLegend } from "@/components/map/map-legend";
import { SampleNotice } from "@/components/practices/sample-notice";
import { describeFilters } from "@/lib/open-data/describe-filters";
import { exportHref, exportLabel } from "@/lib/open-data/links";
import { fetchPracticeSearch, fetchPublishedTotals, fetchRegions, fetchTerms } from "@/lib/practices/catalogue";
import { buildFacetOptions, listingHref } from "@/lib/practices/facet-options";
import { hasActiveFilters, parsePracticeFilters, toggleFacetValue } from "@/lib/practices/search-params";
import { catalogueRobots } from "@/lib/practices/indexing";
import { formatMetric, metricLabel, metricValue, parseMapMetric, regionSizes } from "@/lib/stats/map-metric";

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
  const params = await searchParams;
  const parsed = parsePracticeFilters(params);
  const metric = parseMapMetric(params.misura);
  const ratio = metric !== "assoluto";
  const sizes = regionSizes();
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
  const counts: RegionCount[] = regions.map((region) => {
    const count = result.facetCounts.regione[region.slug] ?? 0;
    const value = metricValue(metric, count, sizes.get(region.id));
    const sheets = count === 1 ? "1 pratica" : `${count} pratiche`;
    return {
      id: region.id,
      slug: region.slug,
      name: region.name,
      count,
      value,
      text: ratio ? `${formatMetric(metric, value)} ${metricLabel(metric).toLowerCase()} (${sheets})` : sheets,
      href: listingHref(toggleFacetValue(filters, "regione", region.slug)),
    };
  });
  const gaps = counts.filter((region) => region.count === 0);
  const max = Math.max(0, ...counts.map((region) => region.value));
  const label = `${ratio ? metricLabel(metric) : "Pratiche"} per regione${described ? ` — ${described}` : ""}`;
  const format = ratio ? (value: number) => formatMetric(metric, value) : undefined;

  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-8">
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Mappa" }]} />
      <h1 className="text-3xl font-bold">Mappa delle pratiche</h1>
      <p className="max-w-3xl text-lg">
        Quante pratiche ci sono in ogni regione. Scegli un tema: le regioni senza nessuna pratica per quel tema sono
        tratteggiate, per vedere dove mancano esperienze da cui imparare.
      </p>
      <MapFilterForm filters={filters} options={options} metric={metric} />
      {totals.samples > 0 && <SampleNotice />}
      <h2 className="text-xl font-bold" data-testid="map-heading">
        {label}: {result.total === 1 ? "1 pratica" : `${result.total} pratiche`}
      </h2>
      <p className="flex flex-wrap gap-x-6 gap-y-2" data-testid="map-selection">
        <Link href={listingHref(filters)} data-testid="map-listing">
          Vedi in elenco ({result.total})
        </Link>
        {result.total > 0 && (
          <a href={exportHref(filters, "csv-excel")} data-testid="map-csv">
            {exportLabel("csv-excel", result.total)}
          </a>
        )}
      </p>
      {filtered && (
        <p data-testid="map-gaps" className={gaps.length ? "rounded bg-warning-light px-3 py-2" : undefined}>
          {gaps.length === 0
            ? "Ci sono pratiche in tutte le 20 regioni."
            : `Nessuna pratica in ${gaps.length === 1 ? "1 regione" : `${gaps.length} regioni`}: ${gaps.map((region) => region.name).join(", ")}.`}
        </p>
      )}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,36rem)_1fr]">
        <figure className="flex flex-col gap-3">
          <ItalyMap regions={counts} highlightGaps={filtered} label={label} ratio={ratio} />
          <MapLegend max={max} highlightGaps={filtered} format={format} />
          <figcaption className="flex flex-col gap-1 text-sm" data-testid="map-caption">
            <span>
              Le schede riflettono chi ha risposto all&apos;indagine, non quanti servizi esistono davvero: una regione
              con poche schede non ha per forza pochi servizi.
              {ratio &&
                (metric === "per-abitanti"
                  ? " Abitanti: censimento ISTAT 2011, sommati per regione dai comuni."
                  : " Comuni: elenco ISTAT al 1° gennaio 2020.")}
            </span>
            <span className="text-xs text-muted">
              {MAP_ATTRIBUTION} Ogni regione porta all&apos;elenco delle sue pratiche con questi filtri.
            </span>
          </figcaption>
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
              {ratio && (
                <th scope="col" className="p-2 text-right">
                  {metricLabel(metric)}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {counts.map((region) => (
              <tr key={region.slug} className="border-b border-line">
                <th scope="row" className="p-2 font-normal">
                  <Link href={`/regioni/${region.slug}`}>{region.name}</Link>
                </th>
                <td className="p-2 text-right">
                  {region.count > 0 ? (
                    <Link href={region.href}>{region.count}</Link>
                  ) : (
                    <span className={filtered ? "font-semibold text-warning" : undefined}>
                      0{filtered && " — nessuna pratica"}
                    </span>
                  )}
                </td>
                {ratio && (
                  <td className="p-2 text-right" data-testid="map-metric-value">
                    {formatMetric(metric, region.value)}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
