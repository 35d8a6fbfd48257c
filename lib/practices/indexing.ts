import type { Metadata } from "next";
import { fetchOnlyIllustrative, fetchPublishedTotals } from "@/lib/practices/catalogue";
import { NOT_INDEXED } from "@/lib/practices/illustrative";

/**
 * Robots rule of the pages that present the catalogue as a whole (listing, map, statistics…):
 * not indexed while every published sheet is illustrative, since they would show invented
 * figures as facts.
 */
export async function catalogueRobots(): Promise<Metadata["robots"]> {
  return (await fetchOnlyIllustrative()) ? NOT_INDEXED : undefined;
}

/**
 * Headers of the downloads and the feed: `X-Robots-Tag: noindex` while any published sheet is
 * illustrative, so that no search engine offers a file holding invented sheets (their records are
 * flagged `illustrativa`, and the DCAT catalogue says so, for the portals that harvest it).
 */
export async function downloadRobotsHeaders(): Promise<Record<string, string>> {
  return (await fetchPublishedTotals()).samples > 0 ? { "X-Robots-Tag": "noindex" } : {};
}
