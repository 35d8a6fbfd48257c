import { z } from "zod";
import type { EntityKind, FollowUpStatus } from "@/lib/generated/prisma/enums";
import type { FormValues } from "@/lib/practices/form-values";
import { fieldErrors, type FieldErrors, type Reference } from "@/lib/practices/practice-input";
import { romeToday } from "@/lib/practices/rome-time";
import { FOLLOW_UP_STATUSES } from "@/lib/open-collection/labels";
import { entityValues, submitterSchema, text, type Submitter } from "@/lib/submissions/proposal-input";
import { normaliseText } from "@/lib/text";

// The two short public forms of a sheet: "Il tuo ente ha replicato questa pratica?" and "Com'è
// andata dopo?". The entity is chosen as on /segnala (a comune from ISTAT's list, or an ambito or
// unione with its region) and the sender is checked by the same schema; the sender's data never
// goes into the stored values (it has its own columns, erased after 90 days).

const EARLIEST = "2020-01-01";

const pastDate = (label: string) =>
  z
    .string({ error: `${label}: campo obbligatorio.` })
    .trim()
    .min(1, `${label}: campo obbligatorio.`)
    .pipe(z.iso.date(`${label}: una data come 2022-03-15.`))
    .refine((value) => value >= EARLIEST, `${label}: non prima del 2020.`)
    .refine((value) => value <= romeToday(), `${label}: non può essere nel futuro.`);

// An empty field reads "campo obbligatorio", not "almeno N caratteri".
const longText = (label: string, min: number, max: number) =>
  z
    .string({ error: `${label}: campo obbligatorio.` })
    .trim()
    .pipe(z.string().min(1, `${label}: campo obbligatorio.`))
    .pipe(text(label, min, max))
    .transform(normaliseText);

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}: al massimo ${max} caratteri.`)
    .transform((value) => (value ? normaliseText(value) : null))
    .optional()
    .transform((value) => value ?? null);

const replicationSchema = z.object({
  data_avvio: pastDate("Data di avvio"),
  cosa_cambia: longText("Cosa avete cambiato", 10, 3_000),
  nota: optionalText("Nota pubblica", 1_000),
});

const followUpSchema = z.object({
  data: pastDate("Data"),
  stato: z.enum(
    FOLLOW_UP_STATUSES.map((s) => s.slug) as [string, ...string[]],
    "Come prosegue: scegli una delle tre risposte.",
  ),
  testo: longText("Com'è andata", 10, 3_000),
});

export type ReplicationEntity = {
  name: string;
  kind: EntityKind;
  istatCode: string | null;
  regionId: number;
  province: string | null;
};

export type ReplicationData = { startDate: string; changes: string; note: string | null };
export type FollowUpData = { date: string; status: FollowUpStatus; text: string };

type Parsed<T> = { ok: true; data: T; values: FormValues; submitter: Submitter } | { ok: false; errors: FieldErrors };

function submitterOf(values: FormValues, errors: FieldErrors): Submitter | null {
  const parsed = submitterSchema.safeParse(values);
  if (!parsed.success) {
    Object.assign(errors, fieldErrors(parsed.error));
    return null;
  }
  const s = parsed.data;
  return {
    name: s.richiedente_nome,
    role: s.richiedente_ruolo,
    email: s.richiedente_email,
    entity: s.richiedente_ente,
  };
}

const KINDS: Record<string, EntityKind> = { comune: "COMUNE", ambito: "AMBITO", unione: "UNIONE" };

export function parseReplication(
  values: FormValues,
  reference: Reference,
): Parsed<ReplicationData & { entity: ReplicationEntity }> {
  const errors: FieldErrors = {};
  const entity = entityValues(values, reference);
  Object.assign(errors, entity.errors);
  const name = typeof entity.values.ente_nome === "string" ? entity.values.ente_nome.trim() : "";
  const region = reference.regions.find((r) => r.slug === entity.values.regione);
  if (!Object.keys(entity.errors).length) {
    if (name.length < 3 || name.length > 200) errors.ente_nome = ["Nome dell'ente: tra 3 e 200 caratteri."];
    if (!region) errors.regione = ["Regione: scegli la regione dell'ente."];
  }
  const fields = replicationSchema.safeParse(values);
  if (!fields.success) Object.assign(errors, fieldErrors(fields.error));
  const submitter = submitterOf(values, errors);
  if (!fields.success || !submitter || !region || Object.keys(errors).length) return { ok: false, errors };
  const kind = KINDS[String(entity.values.ente_tipo)] ?? "ALTRO";
  const istat = typeof entity.values.ente_codice_istat === "string" ? entity.values.ente_codice_istat : null;
  const province = typeof entity.values.provincia === "string" ? entity.values.provincia : null;
  return {
    ok: true,
    data: {
      entity: { name: normaliseText(name), kind, istatCode: istat, regionId: region.id, province },
      startDate: fields.data.data_avvio,
      changes: fields.data.cosa_cambia,
      note: fields.data.nota,
    },
    values: {
      ...entity.values,
      ente_nome: normaliseText(name),
      data_avvio: fields.data.data_avvio,
      cosa_cambia: fields.data.cosa_cambia,
      nota: fields.data.nota ?? "",
    },
    submitter,
  };
}

export function parseFollowUp(values: FormValues): Parsed<FollowUpData> {
  const errors: FieldErrors = {};
  const fields = followUpSchema.safeParse(values);
  if (!fields.success) Object.assign(errors, fieldErrors(fields.error));
  const submitter = submitterOf(values, errors);
  if (!fields.success || !submitter) return { ok: false, errors };
  return {
    ok: true,
    data: { date: fields.data.data, status: followUpStatusOf(fields.data.stato)!, text: fields.data.testo },
    values: { data: fields.data.data, stato: fields.data.stato, testo: fields.data.testo },
    submitter,
  };
}

/** Staff write follow-ups without the sender's fields. */
export function parseStaffFollowUp(
  values: FormValues,
): { ok: true; data: FollowUpData } | { ok: false; errors: FieldErrors } {
  const fields = followUpSchema.safeParse(values);
  if (!fields.success) return { ok: false, errors: fieldErrors(fields.error) };
  return {
    ok: true,
    data: { date: fields.data.data, status: followUpStatusOf(fields.data.stato)!, text: fields.data.testo },
  };
}

export function followUpStatusOf(slug: string): FollowUpStatus | undefined {
  return FOLLOW_UP_STATUSES.find((s) => s.slug === slug)?.value;
}

/** A stored submission's values back into the data approval writes (validated when sent). */
export function replicationFromValues(values: Record<string, string | string[]>) {
  const one = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  return {
    entity: {
      name: one("ente_nome"),
      kind: KINDS[one("ente_tipo")] ?? ("ALTRO" as EntityKind),
      istatCode: one("ente_codice_istat") || null,
      province: one("provincia") || null,
    },
    regionSlug: one("regione"),
    startDate: one("data_avvio") || null,
    changes: one("cosa_cambia"),
    note: one("nota") || null,
  };
}

export function followUpFromValues(values: Record<string, string | string[]>) {
  const one = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  return { date: one("data"), status: followUpStatusOf(one("stato")) ?? "PROSEGUE", text: one("testo") };
}
