import type { NextRequest } from "next/server";
import { bodyResponse, CONTENT_TYPES } from "@/lib/api/http";
import { siteUrl } from "@/lib/env";
import { atomFeed } from "@/lib/open-data/atom";
import { fetchFeedNews, fetchFeedRecords, fetchLatestUpdate } from "@/lib/open-data/catalogue";
import { describeFilters } from "@/lib/open-data/describe-filters";
import { SAMPLE_NOTE } from "@/lib/open-data/licence";
import { feedHref } from "@/lib/open-data/links";
import { rawSearchParams } from "@/lib/open-data/request";
import { fetchRegions, fetchTerms } from "@/lib/practices/catalogue";
import { buildFacetOptions, listingHref } from "@/lib/practices/facet-options";
import { downloadRobotsHeaders } from "@/lib/practices/indexing";
import { parsePracticeFilters } from "@/lib/practices/search-params";
import { openCollectionNews } from "@/lib/open-collection/feed";

// Atom feed of new and updated published sheets, and of approved replications and follow-ups;
// with the listing's parameters, of that search's sheets only.
export async function GET(request: NextRequest) {
  const filters = { ...parsePracticeFilters(rawSearchParams(request.nextUrl.searchParams)), page: 1 };
  const [records, latest, regions, terms, recent] = await Promise.all([
    fetchFeedRecords(filters),
    fetchLatestUpdate(),
    fetchRegions(),
    fetchTerms(),
    fetchFeedNews(filters),
  ]);
  const base = siteUrl();
  const news = openCollectionNews(recent, base);
  const newest = [records[0]?.aggiornata_il, news[0]?.updated].filter(Boolean).sort().at(-1);
  const described = describeFilters(filters, buildFacetOptions(regions, terms));
  const self = `${base}${feedHref(filters)}`;
  const feed = atomFeed(
    {
      id: self,
      host: new URL(base).hostname,
      title: `Pratiche dei servizi sociali${described ? ` — ${described}` : ""}`,
      subtitle: `Schede nuove e aggiornate del catalogo «I servizi sociali al tempo del Coronavirus».${records.some((r) => r.illustrativa) ? ` ${SAMPLE_NOTE}` : ""}`,
      selfHref: self,
      pageHref: `${base}${listingHref(filters)}`,
      vocabulariesHref: `${base}/api/v1/vocabolari`,
      updated: newest ?? latest ?? new Date(0).toISOString(),
    },
    records,
    news,
  );
  return bodyResponse(request, feed, { contentType: CONTENT_TYPES.atom, headers: await downloadRobotsHeaders() });
}
