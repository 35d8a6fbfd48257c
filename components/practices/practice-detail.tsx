import type { BriefWords } from "@/components/practices/in-brief";
import { PracticeDetailView, type SheetWords, type TermWords } from "@/components/practices/practice-detail-view";
import type { Vocabulary } from "@/lib/generated/prisma/enums";
import { FOLLOW_UP_LABELS } from "@/lib/open-collection/labels";
import type { PublicFollowUp } from "@/lib/open-collection/queries";
import { ENTITY_KINDS, labelOf, POPULATION_BANDS, SERVICE_TYPES, SUSTAINABILITY } from "@/lib/practices/enum-labels";
import type { PracticeDetail as PracticeDetailData } from "@/lib/practices/queries";

const dateFormat = new Intl.DateTimeFormat("it-IT", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const monthYear = new Intl.DateTimeFormat("it-IT", { month: "long", year: "numeric", timeZone: "UTC" });

function terms(practice: PracticeDetailData, vocabulary: Vocabulary): TermWords {
  return practice.terms.filter(({ term }) => term.vocabulary === vocabulary).map(({ term }) => [term.slug, term.label]);
}

function briefWords(practice: PracticeDetailData, latest?: PublicFollowUp): BriefWords {
  const { entity } = practice;
  const declared = labelOf(SUSTAINABILITY, practice.sustainability);
  return {
    entity: `${entity.name} (${labelOf(ENTITY_KINDS, entity.kind).toLowerCase()}${entity.province ? `, ${entity.province}` : ""})`,
    started: practice.startDate ? monthYear.format(practice.startDate) : "non indicato",
    operators:
      practice.operatorsTotal == null
        ? "non indicato"
        : `${practice.operatorsTotal}${practice.operatorsVolunteers ? `, di cui ${practice.operatorsVolunteers} volontari` : ""}`,
    sustainability: latest
      ? `${FOLLOW_UP_LABELS[latest.status]} (aggiornamento di ${monthYear.format(latest.date)}; nel 2020: ${declared.toLowerCase()})`
      : declared,
  };
}

function sheetWords(
  practice: PracticeDetailData,
  neighbours: { slug: string }[],
  latest: PublicFollowUp | undefined,
): SheetWords {
  const { entity } = practice;
  const region = entity.region;
  const staff = practice.operatorsStaff != null;
  return {
    type: labelOf(SERVICE_TYPES, practice.serviceType),
    title: practice.title,
    entity: { slug: entity.slug, name: entity.name },
    region: { slug: region.slug, name: region.name },
    isSample: practice.isSample,
    brief: briefWords(practice, latest),
    summary: practice.summary,
    texts: [practice.description, practice.innovation, practice.feedback],
    sustainability: [labelOf(SUSTAINABILITY, practice.sustainability), practice.sustainabilityNote],
    advice: [practice.resourcesNeeded, practice.difficulties, practice.replicationAdvice],
    technology: terms(practice, "TECHNOLOGY"),
    network: terms(practice, "NETWORK"),
    channel: terms(practice, "CHANNEL"),
    funding: terms(practice, "FUNDING"),
    fundingNote: practice.fundingNote,
    areas: terms(practice, "AREA"),
    facts: {
      entity: `${entity.name} (${labelOf(ENTITY_KINDS, entity.kind).toLowerCase()})`,
      province: entity.province,
      population: entity.populationBand ? labelOf(POPULATION_BANDS, entity.populationBand) : null,
      operators:
        `${practice.operatorsTotal ?? "non indicato"}` +
        (staff ? ` (${practice.operatorsStaff} del servizio` : "") +
        (practice.operatorsVolunteers != null ? `, ${practice.operatorsVolunteers} volontari` : "") +
        (staff ? ")" : ""),
      started: practice.startDate ? dateFormat.format(practice.startDate) : null,
      contact: practice.publicContact,
      code: practice.code,
    },
    nearby: neighbours.length ? [region, ...neighbours].map((r) => `regione=${r.slug}`).join("&") : null,
  };
}

/**
 * A sheet's page body. The words are decided here, on the server; the markup is
 * PracticeDetailView, a client component, so that the page's payload carries these strings
 * rather than the page's element tree.
 */
export function PracticeDetail({
  practice,
  neighbours = [],
  actions,
  sustainability,
  latestFollowUp,
}: {
  practice: PracticeDetailData;
  /** The regions bordering the sheet's, for the related links. */
  neighbours?: { slug: string }[];
  /** Shown under "In breve" (e.g. "Aggiungi al confronto"). */
  actions?: React.ReactNode;
  /** The sustainability section's body when the sheet has follow-ups (the 2020 value and the timeline). */
  sustainability?: React.ReactNode;
  /** The latest approved follow-up: "In breve" gives its status as the sheet's current one. */
  latestFollowUp?: PublicFollowUp;
}) {
  return (
    <PracticeDetailView
      words={sheetWords(practice, neighbours, latestFollowUp)}
      actions={actions}
      sustainability={sustainability}
    />
  );
}
