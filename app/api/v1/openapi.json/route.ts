import type { NextRequest } from "next/server";
import { jsonResponse, preflightResponse } from "@/lib/api/http";
import { fetchOpenApiDocument } from "@/lib/api/catalogue";

export async function GET(request: NextRequest) {
  return jsonResponse(request, await fetchOpenApiDocument());
}

export function OPTIONS() {
  return preflightResponse();
}
