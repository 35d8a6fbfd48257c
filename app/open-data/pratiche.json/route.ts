import type { NextRequest } from "next/server";
import { exportTooLargeProblem, jsonResponse, preflightResponse } from "@/lib/api/http";
import { siteUrl } from "@/lib/env";
import { fetchExportRecords } from "@/lib/open-data/catalogue";
import { practiceExport } from "@/lib/open-data/export-file";
import { contentDisposition, exportFileName } from "@/lib/open-data/export-name";
import { rawSearchParams } from "@/lib/open-data/request";
import { parsePracticeFilters } from "@/lib/practices/search-params";

// Every sheet the same URL of /pratiche lists (all of them without parameters), as JSON.
export async function GET(request: NextRequest) {
  const filters = parsePracticeFilters(rawSearchParams(request.nextUrl.searchParams));
  const { records, refused } = await fetchExportRecords(filters);
  if (refused !== undefined) return exportTooLargeProblem(request, refused);
  return jsonResponse(request, practiceExport(filters, records, siteUrl()), {
    headers: { "Content-Disposition": contentDisposition("inline", exportFileName(filters, "json", new Date())) },
  });
}

export function OPTIONS() {
  return preflightResponse();
}
