import type { NextRequest } from "next/server";
import { jsonResponse, preflightResponse } from "@/lib/api/http";
import { vocabulariesOf } from "@/lib/api/vocabularies";
import { fetchRegions, fetchTerms } from "@/lib/practices/catalogue";

export async function GET(request: NextRequest) {
  return jsonResponse(request, vocabulariesOf(await fetchRegions(), await fetchTerms()));
}

export function OPTIONS() {
  return preflightResponse();
}
