import type { Entity, Practice, Region, Term } from "@/lib/generated/prisma/client";
import type { EntityKind, PracticeStatus, ServiceType, Sustainability, Vocabulary } from "@/lib/generated/prisma/enums";
import { ENTITY_KINDS, labelOf, SERVICE_TYPES, STATUSES, SUSTAINABILITY } from "@/lib/practices/enum-labels";
import { FIELD_LABELS } from "@/lib/practices/practice-fields";

// A sheet as plain JSON: stored with every revision, compared to tell "unchanged" from
// "updated", and diffed field by field for the history and the conflict views.

export type PracticeSnapshot = {
  code: string;
  slug: string;
  title: string;
  summary: string;
  description: string;
  startDate: string | null;
  serviceType: ServiceType;
  operatorsTotal: number | null;
  operatorsStaff: number | null;
  operatorsVolunteers: number | null;
  fundingNote: string | null;
  feedback: string | null;
  innovation: string | null;
  sustainability: Sustainability;
  sustainabilityNote: string | null;
  resourcesNeeded: string | null;
  difficulties: string | null;
  replicationAdvice: string | null;
  publicContact: string | null;
  status: PracticeStatus;
  entity: {
    id: number;
    name: string;
    kind: EntityKind;
    istatCode: string | null;
    regionSlug: string;
    regionName: string;
    province: string | null;
  };
  terms: Record<Vocabulary, string[]>;
};

type SnapshotFields = Pick<
  Practice,
  | "code"
  | "slug"
  | "title"
  | "summary"
  | "description"
  | "startDate"
  | "serviceType"
  | "operatorsTotal"
  | "operatorsStaff"
  | "operatorsVolunteers"
  | "fundingNote"
  | "feedback"
  | "innovation"
  | "sustainability"
  | "sustainabilityNote"
  | "resourcesNeeded"
  | "difficulties"
  | "replicationAdvice"
  | "publicContact"
  | "status"
>;

type PracticeWithRelations = SnapshotFields & {
  entity: Pick<Entity, "id" | "name" | "kind" | "istatCode" | "province"> & { region: Pick<Region, "slug" | "name"> };
  terms: { term: Pick<Term, "vocabulary" | "slug"> }[];
};

export function emptyTerms(): Record<Vocabulary, string[]> {
  return { AREA: [], FUNDING: [], TECHNOLOGY: [], NETWORK: [], CHANNEL: [] };
}

export function snapshotOf(practice: PracticeWithRelations): PracticeSnapshot {
  const terms = emptyTerms();
  for (const { term } of practice.terms) terms[term.vocabulary].push(term.slug);
  for (const list of Object.values(terms)) list.sort();
  const { entity } = practice;
  return {
    code: practice.code,
    slug: practice.slug,
    title: practice.title,
    summary: practice.summary,
    description: practice.description,
    startDate: practice.startDate ? practice.startDate.toISOString().slice(0, 10) : null,
    serviceType: practice.serviceType,
    operatorsTotal: practice.operatorsTotal,
    operatorsStaff: practice.operatorsStaff,
    operatorsVolunteers: practice.operatorsVolunteers,
    fundingNote: practice.fundingNote,
    feedback: practice.feedback,
    innovation: practice.innovation,
    sustainability: practice.sustainability,
    sustainabilityNote: practice.sustainabilityNote,
    resourcesNeeded: practice.resourcesNeeded,
    difficulties: practice.difficulties,
    replicationAdvice: practice.replicationAdvice,
    publicContact: practice.publicContact,
    status: practice.status,
    entity: {
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      istatCode: entity.istatCode,
      regionSlug: entity.region.slug,
      regionName: entity.region.name,
      province: entity.province,
    },
    terms,
  };
}

export type FieldChange = { field: string; label: string; before: string; after: string };

const VOCABULARY_LABELS: Record<Vocabulary, string> = {
  AREA: FIELD_LABELS.aree_utenza,
  FUNDING: FIELD_LABELS.fonti_finanziamento,
  TECHNOLOGY: FIELD_LABELS.tecnologie,
  NETWORK: FIELD_LABELS.reti,
  CHANNEL: FIELD_LABELS.canali,
};

/** Readable values of a snapshot, one per field, in form order. */
function readable(
  snapshot: PracticeSnapshot,
  termLabel: (vocabulary: Vocabulary, slug: string) => string,
): [string, string, string][] {
  const text = (value: string | number | null) => (value === null || value === "" ? "—" : String(value));
  return [
    ["code", FIELD_LABELS.codice, snapshot.code],
    ["title", FIELD_LABELS.titolo, snapshot.title],
    ["slug", "Indirizzo (slug)", snapshot.slug],
    ["status", FIELD_LABELS.stato, labelOf(STATUSES, snapshot.status)],
    [
      "entity",
      FIELD_LABELS.ente_nome,
      `${snapshot.entity.name} (${labelOf(ENTITY_KINDS, snapshot.entity.kind)}, ${snapshot.entity.regionName})`,
    ],
    ["summary", FIELD_LABELS.sintesi, snapshot.summary],
    ["description", FIELD_LABELS.descrizione, snapshot.description],
    ["startDate", FIELD_LABELS.data_avvio, text(snapshot.startDate)],
    ["serviceType", FIELD_LABELS.tipo_servizio, labelOf(SERVICE_TYPES, snapshot.serviceType)],
    ["operatorsTotal", FIELD_LABELS.operatori_totale, text(snapshot.operatorsTotal)],
    ["operatorsStaff", FIELD_LABELS.operatori_interni, text(snapshot.operatorsStaff)],
    ["operatorsVolunteers", FIELD_LABELS.operatori_volontari, text(snapshot.operatorsVolunteers)],
    ...(Object.keys(VOCABULARY_LABELS) as Vocabulary[]).map((vocabulary): [string, string, string] => [
      `terms.${vocabulary}`,
      VOCABULARY_LABELS[vocabulary],
      snapshot.terms[vocabulary].map((slug) => termLabel(vocabulary, slug)).join(", ") || "—",
    ]),
    ["fundingNote", FIELD_LABELS.note_finanziamento, text(snapshot.fundingNote)],
    ["feedback", FIELD_LABELS.riscontri, text(snapshot.feedback)],
    ["innovation", FIELD_LABELS.innovazione, text(snapshot.innovation)],
    ["sustainability", FIELD_LABELS.sostenibilita, labelOf(SUSTAINABILITY, snapshot.sustainability)],
    ["sustainabilityNote", FIELD_LABELS.note_sostenibilita, text(snapshot.sustainabilityNote)],
    ["resourcesNeeded", FIELD_LABELS.risorse_necessarie, text(snapshot.resourcesNeeded)],
    ["difficulties", FIELD_LABELS.difficolta, text(snapshot.difficulties)],
    ["replicationAdvice", FIELD_LABELS.consigli_replica, text(snapshot.replicationAdvice)],
    ["publicContact", FIELD_LABELS.contatto_pubblico, text(snapshot.publicContact)],
  ];
}

/** The fields whose readable value differs between two snapshots (before may be null: creation). */
export function diffSnapshots(
  before: PracticeSnapshot | null,
  after: PracticeSnapshot,
  termLabel: (vocabulary: Vocabulary, slug: string) => string = (_, slug) => slug,
): FieldChange[] {
  const previous = before
    ? new Map(readable(before, termLabel).map(([field, , value]) => [field, value]))
    : new Map<string, string>();
  return readable(after, termLabel)
    .filter(([field, , value]) => (previous.get(field) ?? "—") !== value)
    .map(([field, label, value]) => ({ field, label, before: previous.get(field) ?? "—", after: value }));
}

/**
 * Equal for the purpose of "nothing to save" (entity compared by identity). Key order ignored: a
 * snapshot read back from a revision (a draft) has jsonb's key order, not snapshotOf's.
 */
export function sameSnapshot(a: PracticeSnapshot, b: PracticeSnapshot) {
  const { entity: entityA, ...restA } = a;
  const { entity: entityB, ...restB } = b;
  return entityA.id === entityB.id && canonical(restA) === canonical(restB);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  return JSON.stringify(value) ?? "null";
}
