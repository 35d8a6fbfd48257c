import type { NextRequest } from "next/server";
import { notFoundProblem, preflightResponse } from "@/lib/api/http";

// Unknown API paths answer in the API's error shape rather than with the site's HTML 404 page.
export function GET(request: NextRequest) {
  return notFoundProblem(request, `Percorso sconosciuto: ${request.nextUrl.pathname}. Vedi /api/v1/openapi.json.`);
}

export function OPTIONS() {
  return preflightResponse();
}
