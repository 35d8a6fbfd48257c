import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/env";
import { fetchPublishedSlugs, fetchRegions } from "@/lib/practices/catalogue";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const [practices, regions] = await Promise.all([fetchPublishedSlugs(), fetchRegions()]);
  return [
    { url: `${base}/`, changeFrequency: "weekly", priority: 1 },
    { url: `${base}/pratiche`, changeFrequency: "weekly", priority: 0.9 },
    { url: `${base}/regioni`, changeFrequency: "monthly", priority: 0.6 },
    ...regions.map((region) => ({ url: `${base}/regioni/${region.slug}`, changeFrequency: "weekly" as const, priority: 0.7 })),
    ...practices.map((practice) => ({ url: `${base}/pratiche/${practice.slug}`, lastModified: practice.updatedAt, priority: 0.8 })),
  ];
}
