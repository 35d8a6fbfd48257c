import type { PracticeExport, PracticeRecord } from "@/lib/api/schemas";
import {
  ATTRIBUTION,
  DATASET_DESCRIPTION,
  DATASET_TITLE,
  LICENCE,
  PUBLISHER,
  SAMPLE_NOTE,
} from "@/lib/open-data/licence";
import { listingHref } from "@/lib/practices/facet-options";
import { filtersToSearchParams, type PracticeFilters } from "@/lib/practices/search-params";

/** The JSON download: the records with what a re-user must know about them. */
export function practiceExport(filters: PracticeFilters, records: PracticeRecord[], base: string): PracticeExport {
  const latest = records.reduce<string | null>(
    (max, record) => (!max || record.aggiornata_il > max ? record.aggiornata_il : max),
    null,
  );
  return {
    metadati: {
      titolo: DATASET_TITLE,
      descrizione: DATASET_DESCRIPTION,
      editore: PUBLISHER.name,
      licenza: { nome: LICENCE.name, url: LICENCE.url },
      attribuzione: ATTRIBUTION,
      nota_illustrative: SAMPLE_NOTE,
      filtri: filtersToSearchParams({ ...filters, page: 1 }).toString(),
      pagina_web: `${base}${listingHref({ ...filters, page: 1 })}`,
      totale: records.length,
      schede_illustrative: records.filter((record) => record.illustrativa).length,
      aggiornato_il: latest,
    },
    pratiche: records,
  };
}
