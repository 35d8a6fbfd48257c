import type { MetadataRoute } from "next";
import { fetchEntities } from "@/lib/entities/catalogue";
import { siteUrl } from "@/lib/env";
import {
  fetchOnlyIllustrative,
  fetchPublishedSlugs,
  fetchRegions,
  fetchSampleOnlyRegionSlugs,
} from "@/lib/practices/catalogue";

// Only what search engines may index: illustrative sheets, and pages that show nothing but
// illustrative sheets, are `noindex` and left out (see lib/practices/illustrative.ts).

const PAGES: [path: string, priority: number, showsCatalogue?: true][] = [
  ["/", 1, true],
  ["/pratiche", 0.9, true],
  ["/regioni", 0.6, true],
  ["/enti", 0.5, true],
  ["/mappa", 0.6, true],
  ["/statistiche", 0.5, true],
  ["/comuni-simili", 0.5, true],
  ["/open-data", 0.4],
  ["/open-data/api", 0.3],
];

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const [practices, regions, entities, illustrativeOnly, sampleOnlyRegions] = await Promise.all([
    fetchPublishedSlugs(),
    fetchRegions(),
    fetchEntities(),
    fetchOnlyIllustrative(),
    fetchSampleOnlyRegionSlugs(),
  ]);
  const catalogueIndexed = !illustrativeOnly;
  return [
    ...PAGES.filter(([, , showsCatalogue]) => catalogueIndexed || !showsCatalogue).map(([path, priority]) => ({
      url: `${base}${path}`,
      priority,
    })),
    ...regions
      .filter((region) => !sampleOnlyRegions.includes(region.slug))
      .map((region) => ({ url: `${base}/regioni/${region.slug}`, priority: 0.7 })),
    ...entities
      .filter((entity) => entity.hasRealSheets)
      .map((entity) => ({ url: `${base}/enti/${entity.slug}`, priority: 0.5 })),
    ...practices
      .filter((practice) => !practice.isSample)
      .map((practice) => ({
        url: `${base}/pratiche/${practice.slug}`,
        lastModified: practice.updatedAt,
        priority: 0.8,
      })),
  ];
}
