import { ENTITY_KINDS, labelOf, SERVICE_TYPES, STATUSES, SUSTAINABILITY } from "@/lib/practices/enum-labels";
import type { ConflictField, MergeField } from "@/lib/practices/merge";
import { FIELD_LABELS, TERM_FIELDS, type FieldName } from "@/lib/practices/practice-fields";
import type { PracticeDraft } from "@/lib/practices/practice-input";

// Labels and readable values of merge fields, for the conflict panel and the save message.

/** The form input each field is edited in (the conflict panel links to it). */
export const FIELD_INPUT: Record<ConflictField, FieldName | "ente_id"> = {
  title: "titolo",
  summary: "sintesi",
  description: "descrizione",
  startDate: "data_avvio",
  serviceType: "tipo_servizio",
  operatorsTotal: "operatori_totale",
  operatorsStaff: "operatori_interni",
  operatorsVolunteers: "operatori_volontari",
  fundingNote: "note_finanziamento",
  feedback: "riscontri",
  innovation: "innovazione",
  sustainability: "sostenibilita",
  sustainabilityNote: "note_sostenibilita",
  resourcesNeeded: "risorse_necessarie",
  difficulties: "difficolta",
  replicationAdvice: "consigli_replica",
  publicContact: "contatto_pubblico",
  status: "stato",
  entity: "ente_id",
};

const TERM_FIELD_OF = Object.fromEntries(Object.entries(TERM_FIELDS).map(([field, vocabulary]) => [vocabulary, field]));

export function mergeFieldLabel(field: MergeField): string {
  if (field.startsWith("terms.")) return FIELD_LABELS[TERM_FIELD_OF[field.slice(6)] as FieldName];
  if (field === "entity") return FIELD_LABELS.ente_nome;
  return FIELD_LABELS[FIELD_INPUT[field as ConflictField] as FieldName];
}

const date = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** A field's value as the conflict panel shows it; `entityName` names an existing entity. */
export function readableValue(
  field: ConflictField,
  draft: PracticeDraft,
  entityName: (id: number) => string,
  regionName: (id: number) => string,
): string {
  if (field === "entity") {
    const entity = draft.entity;
    if ("id" in entity) return entityName(entity.id);
    return `${entity.name} (nuovo ente: ${labelOf(ENTITY_KINDS, entity.kind)}, ${regionName(entity.regionId)})`;
  }
  const value = draft[field];
  if (value === null || value === "") return "—";
  switch (field) {
    case "serviceType":
      return labelOf(SERVICE_TYPES, draft.serviceType);
    case "sustainability":
      return labelOf(SUSTAINABILITY, draft.sustainability);
    case "status":
      return labelOf(STATUSES, draft.status);
    case "startDate":
      return date(String(value));
    default:
      return String(value);
  }
}

/** The labels of the fields a save took over from someone else's (`?unite=` after a merged save). */
export function mergedLabels(list: string) {
  const known = new Set<string>([...Object.keys(FIELD_INPUT), ...Object.values(TERM_FIELDS).map((v) => `terms.${v}`)]);
  return [...new Set(list.split(",").filter((field) => known.has(field)))].map((f) => mergeFieldLabel(f as MergeField));
}
