import type { Metadata } from "next";
import { fetchOnlyIllustrative } from "@/lib/practices/catalogue";
import { NOT_INDEXED } from "@/lib/practices/illustrative";

/**
 * Robots rule of the pages that present the catalogue as a whole (listing, map, statistics…):
 * not indexed while every published sheet is illustrative, since they would show invented
 * figures as facts.
 */
export async function catalogueRobots(): Promise<Metadata["robots"]> {
  return (await fetchOnlyIllustrative()) ? NOT_INDEXED : undefined;
}
