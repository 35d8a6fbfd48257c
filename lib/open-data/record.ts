import type { PracticeRecord } from "@/lib/api/schemas";
import type { PublicEntity, PublicPractice, PublicRegion } from "@/lib/practices/public-fields";
import type { FollowUpStatus, Vocabulary } from "@/lib/generated/prisma/enums";
import { FOLLOW_UP_STATUSES } from "@/lib/open-collection/labels";
import {
  ENTITY_KINDS,
  POPULATION_BANDS,
  RIPARTIZIONI,
  SERVICE_TYPES,
  SUSTAINABILITY,
  type EnumOption,
} from "@/lib/practices/enum-labels";

// A published sheet as open data: the one representation behind the API, the JSON and CSV
// downloads and the feed. Coded values carry both their stable slug and their Italian label.

export type PracticeWithRelations = PublicPractice;

const coded = <T extends string>(options: EnumOption<T>[], value: T) => {
  const option = options.find((o) => o.value === value);
  return { slug: option?.slug ?? value.toLowerCase(), etichetta: option?.label ?? value };
};

function termsOf(practice: PracticeWithRelations, vocabulary: Vocabulary) {
  return practice.terms
    .map(({ term }) => term)
    .filter((term) => term.vocabulary === vocabulary)
    .sort((a, b) => a.position - b.position || a.label.localeCompare(b.label, "it"))
    .map((term) => ({ slug: term.slug, etichetta: term.label }));
}

export const regionCode = (id: number) => String(id).padStart(2, "0");

export function regionRecord(region: PublicRegion, baseUrl: string): PracticeRecord["regione"] {
  return {
    slug: region.slug,
    nome: region.name,
    codice_istat: regionCode(region.id),
    ripartizione: coded(RIPARTIZIONI, region.ripartizione),
    url: `${baseUrl}/regioni/${region.slug}`,
  };
}

export function entityRecord(entity: PublicEntity, baseUrl: string): PracticeRecord["ente"] {
  return {
    slug: entity.slug,
    nome: entity.name,
    tipo: coded(ENTITY_KINDS, entity.kind),
    codice_istat: entity.istatCode,
    provincia: entity.province,
    popolazione: entity.population,
    fascia_popolazione: entity.populationBand ? coded(POPULATION_BANDS, entity.populationBand) : null,
    url: `${baseUrl}/enti/${entity.slug}`,
  };
}

/** Replication count and latest follow-up of a sheet (lib/open-collection/queries.ts). */
export type ReplicationSummaries = Map<
  number,
  { replications: number; latestStatus: FollowUpStatus | null; latestDate: Date | null }
>;

export function practiceRecord(
  practice: PracticeWithRelations,
  baseUrl: string,
  summaries: ReplicationSummaries,
): PracticeRecord {
  const summary = summaries.get(practice.id);
  return {
    codice: practice.code,
    slug: practice.slug,
    url: `${baseUrl}/pratiche/${practice.slug}`,
    titolo: practice.title,
    sintesi: practice.summary,
    descrizione: practice.description,
    data_avvio: practice.startDate ? practice.startDate.toISOString().slice(0, 10) : null,
    tipo_servizio: coded(SERVICE_TYPES, practice.serviceType),
    operatori_totale: practice.operatorsTotal,
    operatori_interni: practice.operatorsStaff,
    operatori_volontari: practice.operatorsVolunteers,
    fonti_finanziamento: termsOf(practice, "FUNDING"),
    note_finanziamento: practice.fundingNote,
    aree_utenza: termsOf(practice, "AREA"),
    tecnologie: termsOf(practice, "TECHNOLOGY"),
    reti: termsOf(practice, "NETWORK"),
    canali: termsOf(practice, "CHANNEL"),
    riscontri: practice.feedback,
    innovazione: practice.innovation,
    sostenibilita: coded(SUSTAINABILITY, practice.sustainability),
    note_sostenibilita: practice.sustainabilityNote,
    risorse_necessarie: practice.resourcesNeeded,
    difficolta: practice.difficulties,
    consigli_replica: practice.replicationAdvice,
    contatto_pubblico: practice.publicContact,
    ente: entityRecord(practice.entity, baseUrl),
    regione: regionRecord(practice.entity.region, baseUrl),
    illustrativa: practice.isSample,
    numero_repliche: summary?.replications ?? 0,
    stato_attuale:
      summary?.latestStatus && summary.latestDate
        ? {
            stato: coded(FOLLOW_UP_STATUSES, summary.latestStatus),
            data: summary.latestDate.toISOString().slice(0, 10),
          }
        : null,
    pubblicata_il: practice.publishedAt ? practice.publishedAt.toISOString() : null,
    aggiornata_il: practice.updatedAt.toISOString(),
    versione: practice.version,
  };
}
