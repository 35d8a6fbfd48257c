import { ENTITY_KINDS, slugOf, SERVICE_TYPES, STATUSES, SUSTAINABILITY } from "@/lib/practices/enum-labels";
import { FIELD_NAMES, TERM_FIELDS, type TermField } from "@/lib/practices/practice-fields";
import type { PracticeDraft, Reference } from "@/lib/practices/practice-input";
import type { PracticeSnapshot } from "@/lib/practices/snapshot";
import type { AliasMap } from "@/lib/vocabularies/aliases";

// The edit form's values: strings keyed by input name (the same names as import columns).
export type FormValues = Record<string, string | string[]>;

export function formValuesFromSnapshot(snapshot: PracticeSnapshot): FormValues {
  const text = (value: string | number | null) => (value === null ? "" : String(value));
  const values: FormValues = {
    codice: snapshot.code,
    titolo: snapshot.title,
    sintesi: snapshot.summary,
    descrizione: snapshot.description,
    data_avvio: text(snapshot.startDate),
    tipo_servizio: slugOf(SERVICE_TYPES, snapshot.serviceType),
    operatori_totale: text(snapshot.operatorsTotal),
    operatori_interni: text(snapshot.operatorsStaff),
    operatori_volontari: text(snapshot.operatorsVolunteers),
    note_finanziamento: text(snapshot.fundingNote),
    riscontri: text(snapshot.feedback),
    innovazione: text(snapshot.innovation),
    sostenibilita: slugOf(SUSTAINABILITY, snapshot.sustainability),
    note_sostenibilita: text(snapshot.sustainabilityNote),
    risorse_necessarie: text(snapshot.resourcesNeeded),
    difficolta: text(snapshot.difficulties),
    consigli_replica: text(snapshot.replicationAdvice),
    contatto_pubblico: text(snapshot.publicContact),
    stato: slugOf(STATUSES, snapshot.status),
    ente_id: String(snapshot.entity.id),
  };
  for (const field of Object.keys(TERM_FIELDS) as TermField[]) values[field] = snapshot.terms[TERM_FIELDS[field]];
  return values;
}

/** What the browser sent, kept to refill the form after an error (checkbox groups as lists). */
export function formValuesFromData(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$")) continue;
    const all = formData.getAll(key).map(String);
    values[key] = key in TERM_FIELDS ? all : (all[0] ?? "");
  }
  return values;
}

/** A draft back into the form's values (after a merge: what the form shows for the next save). */
export function formValuesFromDraft(draft: PracticeDraft, reference: Pick<Reference, "regions">): FormValues {
  const text = (value: string | number | null) => (value === null ? "" : String(value));
  const values: FormValues = {
    codice: draft.code,
    titolo: draft.title,
    sintesi: draft.summary,
    descrizione: draft.description,
    data_avvio: text(draft.startDate),
    tipo_servizio: slugOf(SERVICE_TYPES, draft.serviceType),
    operatori_totale: text(draft.operatorsTotal),
    operatori_interni: text(draft.operatorsStaff),
    operatori_volontari: text(draft.operatorsVolunteers),
    note_finanziamento: text(draft.fundingNote),
    riscontri: text(draft.feedback),
    innovazione: text(draft.innovation),
    sostenibilita: slugOf(SUSTAINABILITY, draft.sustainability),
    note_sostenibilita: text(draft.sustainabilityNote),
    risorse_necessarie: text(draft.resourcesNeeded),
    difficolta: text(draft.difficulties),
    consigli_replica: text(draft.replicationAdvice),
    contatto_pubblico: text(draft.publicContact),
    stato: slugOf(STATUSES, draft.status),
  };
  const { entity } = draft;
  if ("id" in entity) values.ente_id = String(entity.id);
  else {
    values.ente_id = "";
    values.ente_nome = entity.name;
    values.ente_tipo = slugOf(ENTITY_KINDS, entity.kind);
    values.ente_codice_istat = text(entity.istatCode);
    values.regione = reference.regions.find((r) => r.id === entity.regionId)?.slug ?? "";
    values.provincia = text(entity.province);
  }
  for (const field of Object.keys(TERM_FIELDS) as TermField[]) values[field] = draft.terms[TERM_FIELDS[field]];
  return values;
}

/** The inputs a person edits (not the form's bookkeeping: id, version, conflict choices). */
export const EDITABLE_INPUTS: readonly string[] = [...FIELD_NAMES, "ente_id"];

/** The form's editable values, comparable: absent and empty alike, lists in order. */
export function comparableValues(values: FormValues) {
  return JSON.stringify(
    EDITABLE_INPUTS.map((name) => {
      const value = values[name] ?? "";
      if (name in TERM_FIELDS) return (Array.isArray(value) ? [...value] : value ? [value] : []).sort();
      return (Array.isArray(value) ? (value[0] ?? "") : value).replace(/\r\n/g, "\n");
    }),
  );
}

/** Autosaved values written before a merge: each value merged away becomes the one it was merged into. */
export function withMergedTermValues(values: FormValues, aliases: AliasMap | undefined): FormValues {
  if (!aliases?.size) return values;
  const current: FormValues = { ...values };
  for (const field of Object.keys(TERM_FIELDS) as TermField[]) {
    const value = values[field];
    if (value === undefined) continue;
    const slugs = Array.isArray(value) ? value : [value];
    current[field] = [...new Set(slugs.map((slug) => aliases.get(`${TERM_FIELDS[field]}:${slug}`) ?? slug))];
  }
  return current;
}
