import type { PracticeList, PracticeRecord } from "@/lib/api/schemas";
import { apiListHref, exportHref, feedHref } from "@/lib/open-data/links";
import { SAMPLE_NOTE } from "@/lib/open-data/licence";
import { listingHref } from "@/lib/practices/facet-options";
import type { PracticeSearchResult } from "@/lib/practices/queries";
import { PAGE_SIZE, type PracticeFilters } from "@/lib/practices/search-params";

/** One page of the listing as the API answers it. */
export function practiceList(
  filters: PracticeFilters,
  result: PracticeSearchResult,
  records: PracticeRecord[],
  base: string,
): PracticeList {
  const at = (page: number) => `${base}${apiListHref({ ...filters, page })}`;
  return {
    totale: result.total,
    pagina: result.page,
    pagine: result.pageCount,
    per_pagina: PAGE_SIZE,
    query_corretta: result.correctedQuery,
    query_suggerita: result.suggestedQuery,
    conteggi: result.facetCounts,
    avviso: records.some((record) => record.illustrativa) ? SAMPLE_NOTE : null,
    link: {
      self: at(result.page),
      precedente: result.page > 1 ? at(result.page - 1) : null,
      successiva: result.page < result.pageCount ? at(result.page + 1) : null,
      pagina_web: `${base}${listingHref({ ...filters, page: result.page })}`,
      csv: `${base}${exportHref(filters, "csv")}`,
      json: `${base}${exportHref(filters, "json")}`,
      atom: `${base}${feedHref(filters)}`,
    },
    pratiche: records,
  };
}
