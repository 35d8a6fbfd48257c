import { cacheLife, cacheTag } from "next/cache";
import { openApiDocument } from "@/lib/api/openapi";
import { TAGS } from "@/lib/cache-tags";
import { siteUrl } from "@/lib/env";
import { buildFacetOptions } from "@/lib/practices/facet-options";
import { listRegions, listTerms } from "@/lib/practices/overview";

/** The OpenAPI document lists the vocabularies' values, so it changes with them. */
export async function fetchOpenApiDocument() {
  "use cache";
  cacheTag(TAGS.vocabularies, TAGS.regions);
  cacheLife("days");
  const [regions, terms] = await Promise.all([listRegions(), listTerms()]);
  return openApiDocument(buildFacetOptions(regions, terms), siteUrl());
}
