import { cacheLife, cacheTag } from "next/cache";
import { neighbouringRegionIds } from "@/lib/geo/region-neighbours";
import { TAGS } from "@/lib/cache-tags";
import { listEnumOrders, resolveFacetKeys } from "@/lib/practices/facet-keys";
import { onlyIllustrative } from "@/lib/practices/illustrative";
import {
  countPublishedByArea,
  countPublishedByRegion,
  getPublishedTotals,
  getRegionBySlug,
  listRecentlyUpdated,
  listRegions,
  listSampleOnlyRegionSlugs,
  listTerms,
} from "@/lib/practices/overview";
import {
  countPractices,
  getPublishedPracticeBySlug,
  getSimilarPractices,
  listPublishedPracticeSlugs,
  searchPractices,
} from "@/lib/practices/queries";
import { normalisePracticeFilters, type PracticeFilters } from "@/lib/practices/search-params";
import { isSlug } from "@/lib/text";

// Cached public reads: what pages call. Published data changes only through writes that
// revalidate these tags, so entries live long; the time limit is only a safety net.
// Next also makes every 'use cache' function a server action that anyone can POST any arguments
// to, so each one bounds its arguments itself, with the checks the pages apply, and returns only
// public fields (lib/practices/public-fields.ts): the caller gets its result as it is
// (tests/e2e/security.spec.ts).

export async function fetchPracticeSearch(filters: PracticeFilters) {
  "use cache";
  cacheTag(TAGS.practices);
  cacheLife("hours");
  const normalised = normalisePracticeFilters(filters);
  return searchPractices(normalised, await selectedFacetKeys(normalised));
}

/** The listing's total for filters, alone: what an empty listing counts for each filter it could drop. */
export async function fetchPracticeCount(filters: PracticeFilters) {
  "use cache";
  cacheTag(TAGS.practices);
  cacheLife("hours");
  const normalised = normalisePracticeFilters(filters);
  return countPractices(normalised, await selectedFacetKeys(normalised));
}

/** The selected values' facetKeys from the cached vocabularies: no round trip of their own. */
async function selectedFacetKeys(filters: PracticeFilters) {
  if (Object.values(filters.facets).every((values) => values.length === 0)) return {};
  const [regions, terms, enumOrders] = await Promise.all([fetchRegions(), fetchTerms(), fetchEnumOrders()]);
  return resolveFacetKeys(filters, { regions, terms, enumOrders });
}

async function fetchEnumOrders() {
  "use cache";
  cacheLife("days");
  return listEnumOrders();
}

/** A published sheet by slug; anything not shaped like a slug is answered without a lookup or a cache entry. */
export async function fetchPractice(slug: string) {
  return isSlug(slug) ? cachedPractice(slug) : null;
}

async function cachedPractice(slug: string) {
  "use cache";
  cacheTag(TAGS.practices);
  cacheLife("days");
  // Checked again here, before the slug becomes a tag: called as an action, this runs with any argument.
  if (!isSlug(slug)) return null;
  cacheTag(TAGS.practice(slug));
  return getPublishedPracticeBySlug(slug);
}

export async function fetchSimilarPractices(practiceId: number, regionId: number) {
  "use cache";
  cacheTag(TAGS.practices);
  cacheLife("days");
  // Checked here too: as a 'use cache' function this is also callable with any argument.
  if (!Number.isSafeInteger(practiceId) || practiceId <= 0 || !Number.isSafeInteger(regionId)) return [];
  return getSimilarPractices(practiceId, neighbouringRegionIds(regionId));
}

export async function fetchPublishedSlugs() {
  "use cache";
  cacheTag(TAGS.practices);
  cacheLife("hours");
  return listPublishedPracticeSlugs();
}

export async function fetchRegions() {
  "use cache";
  cacheTag(TAGS.regions);
  cacheLife("days");
  return listRegions();
}

export async function fetchRegion(slug: string) {
  return isSlug(slug) ? cachedRegion(slug) : null;
}

async function cachedRegion(slug: string) {
  "use cache";
  cacheTag(TAGS.regions);
  cacheLife("days");
  return isSlug(slug) ? getRegionBySlug(slug) : null;
}

export async function fetchSampleOnlyRegionSlugs() {
  "use cache";
  cacheTag(TAGS.practices, TAGS.regions);
  cacheLife("hours");
  return listSampleOnlyRegionSlugs();
}

export async function fetchTerms() {
  "use cache";
  cacheTag(TAGS.vocabularies);
  cacheLife("days");
  return listTerms();
}

export async function fetchCatalogueOverview() {
  "use cache";
  cacheTag(TAGS.practices, TAGS.regions, TAGS.vocabularies);
  cacheLife("hours");
  const totals = await getPublishedTotals();
  // Invented sheets are shown as the latest only while there is nothing real to show (the home
  // page is then not indexed, like every page that presents the catalogue as a whole).
  const [byRegion, byArea, recent] = await Promise.all([
    countPublishedByRegion(),
    countPublishedByArea(),
    listRecentlyUpdated(6, { realOnly: !onlyIllustrative(totals) }),
  ]);
  return { totals, byRegion, byArea, recent };
}

/** Whether every published sheet is illustrative: the robots rule of the catalogue-wide pages. */
export async function fetchOnlyIllustrative() {
  "use cache";
  cacheTag(TAGS.practices);
  cacheLife("days");
  return onlyIllustrative(await getPublishedTotals());
}

export async function fetchPublishedTotals() {
  "use cache";
  cacheTag(TAGS.practices);
  cacheLife("hours");
  return getPublishedTotals();
}
