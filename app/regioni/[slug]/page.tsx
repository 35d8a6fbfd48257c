import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CountList } from "@/components/practices/count-list";
import { PracticeCard } from "@/components/practices/practice-card";
import { SampleNoticeLine } from "@/components/practices/sample-notice";
import { RegionReplications } from "@/components/open-collection/region-replications";
import { ProposeLink } from "@/components/submissions/propose-link";
import { fetchRegionReplications } from "@/lib/open-collection/catalogue";
import {
  fetchPracticeSearch,
  fetchRegion,
  fetchRegions,
  fetchSampleOnlyRegionSlugs,
  fetchTerms,
} from "@/lib/practices/catalogue";
import { labelOf, RIPARTIZIONI } from "@/lib/practices/enum-labels";
import { buildFacetOptions, listingHref } from "@/lib/practices/facet-options";
import { FACETS } from "@/lib/practices/facets";
import { NOT_INDEXED } from "@/lib/practices/illustrative";
import { emptyFilters, toggleFacetValue } from "@/lib/practices/search-params";
import { neighbouringRegionIds } from "@/lib/geo/region-neighbours";

const SUMMARY_FACETS = ["area", "tipo", "finanziamento", "sostenibilita"] as const;
/** Fewer sheets than this, and the page suggests the neighbouring regions next to them. */
const FEW_RESULTS = 6;

export async function generateStaticParams() {
  const regions = await fetchRegions();
  return regions.map((region) => ({ slug: region.slug }));
}

export async function generateMetadata({ params }: PageProps<"/regioni/[slug]">): Promise<Metadata> {
  const region = await fetchRegion((await params).slug);
  if (!region) return { title: "Regione non trovata", robots: { index: false } };
  const sampleOnly = (await fetchSampleOnlyRegionSlugs()).includes(region.slug);
  return {
    title: `Pratiche in ${region.name}`,
    description: `Le pratiche dei servizi sociali durante l'emergenza Covid-19 in ${region.name}: schede per area di utenza, tipo di servizio e finanziamento.`,
    alternates: { canonical: `/regioni/${region.slug}` },
    ...(sampleOnly ? { robots: NOT_INDEXED } : {}),
  };
}

export default async function RegionPage({ params }: PageProps<"/regioni/[slug]">) {
  const region = await fetchRegion((await params).slug);
  if (!region) notFound();
  const filters = toggleFacetValue({ ...emptyFilters(), sort: "titolo" }, "regione", region.slug);
  const [result, regions, terms, replications] = await Promise.all([
    fetchPracticeSearch(filters),
    fetchRegions(),
    fetchTerms(),
    fetchRegionReplications(region.id),
  ]);
  const options = buildFacetOptions(regions, terms);
  const hasSamples = result.items.some((item) => item.isSample);
  const neighbourIds = neighbouringRegionIds(region.id);
  // The region facet's counts ignore the selected region, so they count every region's sheets.
  const neighbours = regions
    .filter((r) => neighbourIds.includes(r.id))
    .map((r) => ({ ...r, count: result.facetCounts.regione[r.slug] ?? 0 }));
  const nearbyFilters = neighbours.reduce((acc, r) => toggleFacetValue(acc, "regione", r.slug), filters);
  const nearbyTotal = result.total + neighbours.reduce((sum, r) => sum + r.count, 0);

  const summary = (
    <div className="grid gap-8 md:grid-cols-2">
      {SUMMARY_FACETS.map((key) => {
        const facet = FACETS.find((f) => f.key === key)!;
        const items = options[key]
          .map((option) => ({
            href: listingHref(toggleFacetValue(filters, key, option.slug)),
            label: option.label,
            count: result.facetCounts[key][option.slug] ?? 0,
          }))
          .filter((item) => item.count > 0);
        return (
          <section key={key} aria-labelledby={`sintesi-${key}`}>
            <h3 id={`sintesi-${key}`} className="mb-2 text-xl font-bold">
              {facet.label}
            </h3>
            <CountList items={items} />
          </section>
        );
      })}
    </div>
  );

  // The sheets come first, so that on a phone the first one is on the first screen; the counts
  // by area, type, funding and sustainability follow them.
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-4 md:gap-8 md:py-8">
      <Breadcrumbs
        items={[{ label: "Home", href: "/" }, { label: "Regioni", href: "/regioni" }, { label: region.name }]}
      />
      <header>
        <p className="text-sm font-semibold uppercase tracking-wide text-primary">
          {labelOf(RIPARTIZIONI, region.ripartizione)}
        </p>
        <h1 className="text-2xl font-bold md:text-3xl">{region.name}</h1>
        <p className="mt-2 md:text-lg" data-testid="region-total">
          {result.total === 1 ? "1 pratica" : `${result.total} pratiche`} nel catalogo.{" "}
          <Link href={listingHref(filters)}>Cerca e filtra le pratiche della regione</Link>
        </p>
      </header>

      <section aria-labelledby="schede" className="flex flex-col gap-3">
        <h2 id="schede" className="text-2xl font-bold">
          Le schede
        </h2>
        {hasSamples && <SampleNoticeLine />}
        {result.items.length === 0 ? (
          <p>Non ci sono ancora pratiche pubblicate per questa regione.</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {result.items.map((practice) => (
              <li key={practice.id}>
                <PracticeCard practice={practice} />
              </li>
            ))}
          </ul>
        )}
        {result.total < FEW_RESULTS && neighbours.length > 0 && nearbyTotal > result.total && (
          <p className="rounded bg-primary-lightest px-3 py-2" data-testid="few-results-neighbours">
            {result.total === 0 ? "Nessuna pratica" : "Poche pratiche"} in {region.name}:{" "}
            <Link href={listingHref(nearbyFilters)}>
              vedi anche le regioni vicine ({nearbyTotal} pratiche con {neighbours.map((r) => r.name).join(", ")})
            </Link>
          </p>
        )}
        {result.pageCount > 1 && (
          <p className="mt-1">
            <Link href={listingHref({ ...filters, page: 2 })}>Vedi le altre pratiche della regione</Link>
          </p>
        )}
      </section>

      {result.total > 0 && (
        <section aria-labelledby="sintesi" className="flex flex-col gap-4">
          <h2 id="sintesi" className="text-2xl font-bold">
            In sintesi
          </h2>
          {summary}
        </section>
      )}

      {neighbours.length > 0 && (
        <nav aria-labelledby="vicine" data-testid="neighbour-regions">
          <h2 id="vicine" className="text-2xl font-bold">
            Regioni vicine
          </h2>
          <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
            {neighbours.map((r) => (
              <li key={r.slug}>
                <Link href={`/regioni/${r.slug}`}>{r.name}</Link>{" "}
                <span className="text-muted">({r.count === 1 ? "1 pratica" : `${r.count} pratiche`})</span>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {replications && <RegionReplications regionName={region.name} data={replications} />}
      <ProposeLink />
    </div>
  );
}
