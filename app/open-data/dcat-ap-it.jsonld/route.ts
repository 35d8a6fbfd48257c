import type { NextRequest } from "next/server";
import { CONTENT_TYPES, jsonResponse, preflightResponse } from "@/lib/api/http";
import { currentDcatGraph } from "@/lib/open-data/dcat-response";
import { toJsonLd } from "@/lib/open-data/rdf";

export async function GET(request: NextRequest) {
  return jsonResponse(request, toJsonLd(await currentDcatGraph()), { contentType: CONTENT_TYPES.jsonld });
}

export function OPTIONS() {
  return preflightResponse();
}
