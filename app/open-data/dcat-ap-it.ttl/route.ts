import type { NextRequest } from "next/server";
import { bodyResponse, CONTENT_TYPES, preflightResponse } from "@/lib/api/http";
import { currentDcatGraph } from "@/lib/open-data/dcat-response";
import { toTurtle } from "@/lib/open-data/rdf";

export async function GET(request: NextRequest) {
  return bodyResponse(request, toTurtle(await currentDcatGraph()), { contentType: CONTENT_TYPES.turtle });
}

export function OPTIONS() {
  return preflightResponse();
}
