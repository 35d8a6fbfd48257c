import type { NextRequest } from "next/server";
import { invalidParameters, jsonResponse, preflightResponse } from "@/lib/api/http";
import { comuniParamShape, parseParams } from "@/lib/api/params";
import type { ComuniList } from "@/lib/api/schemas";
import { fetchRegions } from "@/lib/practices/catalogue";
import { searchComuni } from "@/lib/similar-comuni/find-comune";

export async function GET(request: NextRequest) {
  const parsed = parseParams(comuniParamShape, request.nextUrl.searchParams);
  if (!parsed.ok) return invalidParameters(request, parsed.errors);
  const { q, limite } = parsed.value as { q: string; limite?: number };
  const regions = new Map((await fetchRegions()).map((region) => [region.id, region.name]));
  const body: ComuniList = {
    comuni: searchComuni(q, limite ?? 10).map((comune) => ({
      codice_istat: comune.istatCode,
      nome: comune.name,
      provincia: comune.province,
      regione: regions.get(comune.regionCode) ?? "",
      popolazione: comune.population,
    })),
  };
  return jsonResponse(request, body, { cacheControl: "public, max-age=86400" });
}

export function OPTIONS() {
  return preflightResponse();
}
