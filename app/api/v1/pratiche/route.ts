import type { NextRequest } from "next/server";
import { invalidParameters, jsonResponse, preflightResponse } from "@/lib/api/http";
import { parseListParams } from "@/lib/api/params";
import { practiceList } from "@/lib/api/practice-list";
import { siteUrl } from "@/lib/env";
import { fetchListedRecords } from "@/lib/open-data/catalogue";
import { fetchPracticeSearch, fetchRegions, fetchTerms } from "@/lib/practices/catalogue";
import { buildFacetOptions } from "@/lib/practices/facet-options";

export async function GET(request: NextRequest) {
  const options = buildFacetOptions(await fetchRegions(), await fetchTerms());
  const parsed = parseListParams(options, request.nextUrl.searchParams);
  if (!parsed.ok) return invalidParameters(request, parsed.errors);
  const result = await fetchPracticeSearch(parsed.value);
  const records = await fetchListedRecords(result.items.map((item) => item.id));
  return jsonResponse(request, practiceList(parsed.value, result, records, siteUrl()));
}

export function OPTIONS() {
  return preflightResponse();
}
