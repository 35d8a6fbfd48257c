import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "@/lib/cache-tags";
import { buildFacetOptions } from "@/lib/practices/facet-options";
import { countPublishingEntities, listRegions, listTerms } from "@/lib/practices/overview";
import { searchPractices } from "@/lib/practices/queries";
import { emptyFilters, toggleFacetValue } from "@/lib/practices/search-params";
import { STATS_GROUPS, type CountsSnapshot, type StatsData, type StatsGroup } from "@/lib/stats/cross-tab";

async function countsFor(group?: StatsGroup, slug?: string): Promise<CountsSnapshot> {
  const filters = group && slug ? toggleFacetValue(emptyFilters(), group, slug) : emptyFilters();
  const { total, facetCounts } = await searchPractices(filters);
  return { total, facetCounts };
}

/** Facet counts overall and per region and per area: everything the statistics page draws. */
export async function fetchStatsData(): Promise<StatsData> {
  "use cache";
  cacheTag(TAGS.practices, TAGS.regions, TAGS.vocabularies);
  cacheLife("hours");
  const [regions, terms, entities] = await Promise.all([listRegions(), listTerms(), countPublishingEntities()]);
  const options = buildFacetOptions(regions, terms);
  const byGroup = {} as StatsData["byGroup"];
  for (const group of STATS_GROUPS) {
    const entries = await Promise.all(
      options[group].map(async (option) => [option.slug, await countsFor(group, option.slug)] as const),
    );
    byGroup[group] = Object.fromEntries(entries);
  }
  return { overall: await countsFor(), byGroup, options, entities };
}
