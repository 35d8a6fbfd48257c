import { slugOf, SERVICE_TYPES, STATUSES, SUSTAINABILITY } from "@/lib/practices/enum-labels";
import { TERM_FIELDS, type TermField } from "@/lib/practices/practice-fields";
import type { PracticeSnapshot } from "@/lib/practices/snapshot";

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
