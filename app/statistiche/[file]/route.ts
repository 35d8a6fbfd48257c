import type { NextRequest } from "next/server";
import { bodyResponse, CONTENT_TYPES, notFoundProblem } from "@/lib/api/http";
import { separatorFrom, toCsv } from "@/lib/open-data/csv";
import { contentDisposition, exportDate } from "@/lib/open-data/export-name";
import { fetchStatsData } from "@/lib/stats/catalogue";
import {
  crossTab,
  crossTabRecords,
  facetLabel,
  parseStatsFileName,
  totals,
  totalsRecords,
} from "@/lib/stats/cross-tab";

// The data of each chart of /statistiche as CSV: "finanziamento.csv", "finanziamento-per-regione.csv"…
export async function GET(request: NextRequest, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const parsed = parseStatsFileName(file);
  if (!parsed) return notFoundProblem(request, `Nessuna tabella «${file.slice(0, 80)}».`);
  const data = await fetchStatsData();
  const { columns, rows } = parsed.group
    ? crossTabRecords(crossTab(data, parsed.dimension, parsed.group), facetLabel(parsed.group))
    : totalsRecords(totals(data, parsed.dimension), facetLabel(parsed.dimension));
  return bodyResponse(request, toCsv(columns, rows, separatorFrom(request.nextUrl.searchParams.get("separatore"))), {
    contentType: CONTENT_TYPES.csv,
    headers: {
      "Content-Disposition": contentDisposition(
        "attachment",
        `statistiche_${file.replace(/\.csv$/, "")}_${exportDate(new Date())}.csv`,
      ),
    },
  });
}
