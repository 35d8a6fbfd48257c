import type { NextRequest } from "next/server";
import { bodyResponse, CONTENT_TYPES, exportTooLargeProblem, preflightResponse } from "@/lib/api/http";
import { fetchExportRecords } from "@/lib/open-data/catalogue";
import { practicesCsv, separatorFrom } from "@/lib/open-data/csv";
import { exportFile } from "@/lib/open-data/export-memo";
import { contentDisposition, exportFileName } from "@/lib/open-data/export-name";
import { rawSearchParams } from "@/lib/open-data/request";
import { downloadRobotsHeaders } from "@/lib/practices/indexing";
import { parsePracticeFilters } from "@/lib/practices/search-params";

// Every sheet the same URL of /pratiche lists (all of them without parameters), as CSV.
// `separatore=punto-e-virgola` gives the variant that Excel in Italian opens in columns.
export async function GET(request: NextRequest) {
  const search = request.nextUrl.searchParams;
  const filters = parsePracticeFilters(rawSearchParams(search));
  const separator = separatorFrom(search.get("separatore"));
  const file = await exportFile(`csv ${separator}`, filters, async () => {
    const { records, refused } = await fetchExportRecords(filters);
    return refused !== undefined ? { refused } : practicesCsv(records, separator);
  });
  if ("refused" in file) return exportTooLargeProblem(request, file.refused);
  return bodyResponse(request, file.body, {
    contentType: CONTENT_TYPES.csv,
    etag: file.etag,
    headers: {
      "Content-Disposition": contentDisposition("attachment", exportFileName(filters, "csv", new Date())),
      ...(await downloadRobotsHeaders()),
    },
  });
}

export function OPTIONS() {
  return preflightResponse();
}
