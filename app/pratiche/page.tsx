import type { Metadata } from "next";
import { cache } from "react";
import { PracticeListing } from "@/components/practices/practice-listing";
import {
  fetchPractice,
  fetchPracticeCount,
  fetchPracticeSearch,
  fetchRegions,
  fetchTerms,
} from "@/lib/practices/catalogue";
import { buildFacetOptions, dropUnknownValues } from "@/lib/practices/facet-options";
import { catalogueRobots } from "@/lib/practices/indexing";
import { LISTING_NAME, listingTitle } from "@/lib/practices/orientation";
import { singleFilterRelaxations } from "@/lib/practices/relaxations";
import { filtersToSearchParams, hasActiveFilters, parsePracticeFilters } from "@/lib/practices/search-params";
import { parseCompareSelection } from "@/lib/compare/selection";

const DESCRIPTION =
  "Cerca tra le pratiche dei servizi sociali durante l'emergenza Covid-19 per regione, area di utenza, finanziamento, tecnologie e parole.";

async function listingFor(searchParams: PageProps<"/pratiche">["searchParams"]) {
  const [regions, terms] = await Promise.all([fetchRegions(), fetchTerms()]);
  const options = buildFacetOptions(regions, terms);
  const filters = dropUnknownValues(parsePracticeFilters(await searchParams), options);
  return { options, filters, result: await searchOnce(filtersToSearchParams(filters).toString()) };
}

// The metadata and the page ask for the same search: its cache entry is read (and decoded) once per
// request. Keyed by the canonical query string, since React's cache compares arguments by identity.
const searchOnce = cache((query: string) => {
  const params = new URLSearchParams(query);
  const raw = Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)]));
  return fetchPracticeSearch(parsePracticeFilters(raw));
});

/** The title says what is listed: «"spesa a domicilio", Puglia — 7 pratiche, pagina 2 di 2». */
export async function generateMetadata({ searchParams }: PageProps<"/pratiche">): Promise<Metadata> {
  const { options, filters, result } = await listingFor(searchParams);
  return {
    title: listingTitle(filters, options, result),
    description: DESCRIPTION,
    alternates: { canonical: "/pratiche" },
    robots: await catalogueRobots(),
  };
}

// The listing renders whole on the server before anything is sent, instead of streaming its
// results into a prerendered shell: streamed content needs JavaScript to be swapped into place,
// and the listing must work with JavaScript off. Cached queries keep the blocking time short.
export const instant = false;

export default async function PracticesPage({ searchParams }: PageProps<"/pratiche">) {
  const { options, filters, result } = await listingFor(searchParams);
  const relaxations = result.total === 0 && hasActiveFilters(filters) ? singleFilterRelaxations(filters, options) : [];
  const selected = await Promise.all(parseCompareSelection(await searchParams).map((slug) => fetchPractice(slug)));
  const compare = selected.flatMap((practice) => (practice ? [{ slug: practice.slug, title: practice.title }] : []));
  const suggestions = await Promise.all(
    relaxations.map(async (relaxation) => ({
      ...relaxation,
      total:
        (relaxation.dropsWords && result.totalWithoutWords) ??
        (relaxation.dropsFacet && result.totalWithout[relaxation.dropsFacet]) ??
        (await fetchPracticeCount(relaxation.filters)),
    })),
  );
  return (
    <div className="mx-auto max-w-6xl px-4 py-4 md:py-8">
      <h1 className="text-2xl font-bold md:text-3xl">{LISTING_NAME}</h1>
      <PracticeListing
        filters={filters}
        result={result}
        options={options}
        action="/pratiche"
        suggestions={suggestions}
        compare={compare}
      />
    </div>
  );
}
