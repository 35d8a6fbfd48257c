import type { MetadataRoute } from "next";
import { fetchEntities } from "@/lib/entities/catalogue";
import { siteUrl } from "@/lib/env";
import { fetchPublishedSlugs, fetchRegions } from "@/lib/practices/catalogue";

const PAGES: [path: string, priority: number][] = [
  ["/", 1],
  ["/pratiche", 0.9],
  ["/regioni", 0.6],
  ["/enti", 0.5],
  ["/mappa", 0.6],
  ["/statistiche", 0.5],
  ["/comuni-simili", 0.5],
  ["/open-data", 0.4],
  ["/open-data/api", 0.3],
];

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const [practices, regions, entities] = await Promise.all([fetchPublishedSlugs(), fetchRegions(), fetchEntities()]);
  return [
    ...PAGES.map(([path, priority]) => ({ url: `${base}${path}`, priority })),
    ...regions.map((region) => ({ url: `${base}/regioni/${region.slug}`, priority: 0.7 })),
    ...entities.map((entity) => ({ url: `${base}/enti/${entity.slug}`, priority: 0.5 })),
    ...practices.map((practice) => ({
      url: `${base}/pratiche/${practice.slug}`,
      lastModified: practice.updatedAt,
      priority: 0.8,
    })),
  ];
}
