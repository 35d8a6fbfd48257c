import type { NextRequest } from "next/server";
import { bodyResponse, CONTENT_TYPES, exportTooLargeProblem, preflightResponse } from "@/lib/api/http";
import { siteUrl } from "@/lib/env";
import { fetchExportRecords } from "@/lib/open-data/catalogue";
import { practiceExport } from "@/lib/open-data/export-file";
import { exportFile } from "@/lib/open-data/export-memo";
import { contentDisposition, exportFileName } from "@/lib/open-data/export-name";
import { rawSearchParams } from "@/lib/open-data/request";
import { downloadRobotsHeaders } from "@/lib/practices/indexing";
import { parsePracticeFilters } from "@/lib/practices/search-params";

// Every sheet the same URL of /pratiche lists (all of them without parameters), as JSON.
export async function GET(request: NextRequest) {
  const filters = parsePracticeFilters(rawSearchParams(request.nextUrl.searchParams));
  const file = await exportFile("json", filters, async () => {
    const { records, refused } = await fetchExportRecords(filters);
    return refused !== undefined ? { refused } : JSON.stringify(practiceExport(filters, records, siteUrl()));
  });
  if ("refused" in file) return exportTooLargeProblem(request, file.refused);
  return bodyResponse(request, file.body, {
    contentType: CONTENT_TYPES.json,
    etag: file.etag,
    headers: {
      "Content-Disposition": contentDisposition("inline", exportFileName(filters, "json", new Date())),
      ...(await downloadRobotsHeaders()),
    },
  });
}

export function OPTIONS() {
  return preflightResponse();
}
