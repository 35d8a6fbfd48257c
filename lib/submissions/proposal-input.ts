import { z } from "zod";
import { formValuesFromDraft, type FormValues } from "@/lib/practices/form-values";
import { TERM_FIELDS } from "@/lib/practices/practice-fields";
import {
  fieldErrors,
  practiceInputSchema,
  type FieldErrors,
  type PracticeDraft,
  type Reference,
} from "@/lib/practices/practice-input";
import { comuneLabel, resolveComune } from "@/lib/similar-comuni/find-comune";

// The public proposal form: every field of a sheet, checked by the very schema the admin editor
// and the import use (practiceInputSchema), plus the entity (a comune from ISTAT's list, or an
// ambito/unione named with its region) and the submitter, who is never shown publicly.

/** The sheet's fields the public fills in (the server decides code and publication state). */
export const PROPOSAL_SHEET_FIELDS = [
  "titolo",
  "sintesi",
  "descrizione",
  "data_avvio",
  "tipo_servizio",
  "operatori_totale",
  "operatori_interni",
  "operatori_volontari",
  "fonti_finanziamento",
  "note_finanziamento",
  "aree_utenza",
  "tecnologie",
  "reti",
  "canali",
  "riscontri",
  "innovazione",
  "sostenibilita",
  "note_sostenibilita",
  "risorse_necessarie",
  "difficolta",
  "consigli_replica",
  "contatto_pubblico",
] as const;

/** The proposal's own fields, around the sheet's. */
export const PROPOSAL_ENTITY_FIELDS = ["ente_tipo", "comune", "ente_nome", "regione"] as const;
export const SUBMITTER_FIELDS = [
  "richiedente_nome",
  "richiedente_ruolo",
  "richiedente_email",
  "richiedente_ente",
] as const;

/** What the editor's form is prefilled with until the editor sets the code. */
export const PROPOSAL_CODE_PLACEHOLDER = "SEGNALAZIONE";

export const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `${label}: campo obbligatorio.` })
    .trim()
    .min(min, min <= 1 ? `${label}: campo obbligatorio.` : `${label}: almeno ${min} caratteri.`)
    .max(max, `${label}: al massimo ${max} caratteri.`);

export const submitterSchema = z.object({
  richiedente_nome: text("Nome e cognome", 3, 120),
  richiedente_ruolo: text("Ruolo", 2, 120),
  richiedente_email: z
    .string({ error: "E-mail istituzionale: campo obbligatorio." })
    .trim()
    .max(200, "E-mail istituzionale: al massimo 200 caratteri.")
    .pipe(z.email("E-mail istituzionale: non è un indirizzo e-mail valido.")),
  richiedente_ente: text("Ente per cui scrivi", 3, 200),
});

export type Submitter = { name: string; role: string; email: string; entity: string };

export type ProposalParse =
  | { ok: true; draft: PracticeDraft; sheetValues: FormValues; submitter: Submitter }
  | { ok: false; errors: FieldErrors };

const KIND_SLUGS = new Set(["comune", "ambito", "unione"]);

/**
 * The entity fields as the sheet schema names them: a comune becomes "Comune di X" with its
 * ISTAT code, region and province; an ambito or unione keeps the name and region given.
 */
export function entityValues(values: FormValues, reference: Reference): { values: FormValues; errors: FieldErrors } {
  const one = (name: string) => (typeof values[name] === "string" ? (values[name] as string).trim() : "");
  const kind = one("ente_tipo");
  if (!KIND_SLUGS.has(kind)) {
    return {
      values: {},
      errors: { ente_tipo: ["Tipo di ente: scegli comune, ambito territoriale o unione di comuni."] },
    };
  }
  if (kind !== "comune")
    return { values: { ente_tipo: kind, ente_nome: one("ente_nome"), regione: one("regione") }, errors: {} };
  const typed = one("comune");
  if (!typed) return { values: {}, errors: { comune: ["Comune: campo obbligatorio."] } };
  const lookup = resolveComune(typed.slice(0, 120));
  if (lookup.kind !== "found") {
    const options = lookup.kind === "ambiguous" ? lookup.candidates : lookup.suggestions;
    const hint = options.length ? ` Forse cercavi: ${options.slice(0, 5).map(comuneLabel).join("; ")}.` : "";
    const problem =
      lookup.kind === "ambiguous"
        ? "più comuni hanno questo nome, indica anche la provincia"
        : "non è nell'elenco ISTAT dei comuni";
    return { values: {}, errors: { comune: [`Comune: «${typed.slice(0, 60)}» ${problem}.${hint}`] } };
  }
  const { comune } = lookup;
  const region = reference.regions.find((r) => r.id === comune.regionCode);
  return {
    values: {
      ente_tipo: "comune",
      ente_nome: `Comune di ${comune.name}`,
      ente_codice_istat: comune.istatCode,
      regione: region?.slug ?? "",
      provincia: comune.province,
    },
    errors: {},
  };
}

/** The sheet schema's fields that entityValues fills. */
const ENTITY_SHEET_FIELDS = new Set(["ente_tipo", "ente_nome", "ente_codice_istat", "regione", "provincia"]);

/** The form's values checked: the sheet draft (not yet a sheet), its values, and the submitter. */
export function parseProposal(values: FormValues, reference: Reference): ProposalParse {
  const sheet: FormValues = {};
  for (const field of PROPOSAL_SHEET_FIELDS) if (values[field] !== undefined) sheet[field] = values[field];
  for (const field of Object.keys(TERM_FIELDS)) sheet[field] ??= [];
  const entity = entityValues(values, reference);
  const parsedSheet = practiceInputSchema(reference).safeParse({
    ...sheet,
    ...entity.values,
    codice: PROPOSAL_CODE_PLACEHOLDER,
    stato: "bozza",
  });
  const submitter = submitterSchema.safeParse(values);
  const errors: FieldErrors = { ...entity.errors };
  const entityRefused = Object.keys(entity.errors).length > 0;
  if (!parsedSheet.success) {
    for (const [field, messages] of Object.entries(fieldErrors(parsedSheet.error))) {
      // Entity problems belong to the field the person filled in; when that field was refused,
      // the entity values it would have given are missing, which is not another mistake.
      if (entityRefused && ENTITY_SHEET_FIELDS.has(field)) continue;
      const target = field === "ente_nome" && values.ente_tipo === "comune" ? "comune" : field;
      if (entity.errors[target]) continue;
      (errors[target] ??= []).push(...(messages ?? []));
    }
  }
  if (!submitter.success) Object.assign(errors, fieldErrors(submitter.error));
  if (!parsedSheet.success || !submitter.success || Object.keys(errors).length) return { ok: false, errors };
  const s = submitter.data;
  const draft = parsedSheet.data;
  return {
    ok: true,
    draft,
    sheetValues: storedSheetValues(draft, entity.values, reference),
    submitter: {
      name: s.richiedente_nome,
      role: s.richiedente_ruolo,
      email: s.richiedente_email,
      entity: s.richiedente_ente,
    },
  };
}

/**
 * What is kept for the editor: the values as checked (trimmed, normalised, canonical slugs), not
 * as typed, so the stored proposal holds no more than the limits allow.
 */
function storedSheetValues(draft: PracticeDraft, entity: FormValues, reference: Reference): FormValues {
  const checked = formValuesFromDraft(draft, reference);
  const values: FormValues = {};
  for (const field of PROPOSAL_SHEET_FIELDS) values[field] = checked[field] ?? "";
  return { ...values, ...entity, ...("name" in draft.entity && { ente_nome: draft.entity.name }) };
}
