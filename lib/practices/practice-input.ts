import { z } from "zod";
import type { EntityKind, Vocabulary } from "@/lib/generated/prisma/enums";
import { ENTITY_KINDS, SERVICE_TYPES, STATUSES, SUSTAINABILITY, type EnumOption } from "@/lib/practices/enum-labels";
import { refuseFieldsBesideChosenEntity } from "@/lib/practices/entity-choice";
import { MULTI_VALUE_SEPARATOR, TERM_FIELDS, type TermField } from "@/lib/practices/practice-fields";
import type { PracticeSnapshot } from "@/lib/practices/snapshot";
import { comuniByIstatCode } from "@/lib/comuni";
import { echo, matchKey, normaliseText } from "@/lib/text";
import type { AliasMap } from "@/lib/vocabularies/aliases";

// One schema for a sheet coming from the edit form or from a row of an import file. It needs
// the current regions and vocabularies (staff can add values), so it is built per request.

export type Reference = {
  regions: { id: number; slug: string; name: string }[];
  terms: { id: number; vocabulary: Vocabulary; slug: string; label: string }[];
  /** Values merged away → the value each became ("AREA:vecchia" → "nuova"): a form open during a merge still saves. */
  aliases?: AliasMap;
};

export type EntityDraft =
  | { id: number }
  | { name: string; kind: EntityKind; istatCode: string | null; regionId: number; province: string | null };

/** A sheet as the form or an import row describes it: a snapshot minus what the server decides. */
export type PracticeDraft = Omit<PracticeSnapshot, "slug" | "entity"> & { entity: EntityDraft };

const blankToUndefined = (value: unknown) => {
  if (Array.isArray(value)) value = value.length ? value[0] : undefined;
  if (value === null || value === undefined) return undefined;
  // NUL never belongs in text, and Postgres refuses it.
  const text = normaliseText(String(value).replaceAll("\u0000", ""));
  return text === "" ? undefined : text;
};

const requiredText = (label: string, min: number, max: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string({ error: `${label}: campo obbligatorio.` })
      .min(min, `${label}: almeno ${min} caratteri.`)
      .max(max, `${label}: al massimo ${max} caratteri.`),
  );

const optionalText = (label: string, max: number) =>
  z
    .preprocess(blankToUndefined, z.string().max(max, `${label}: al massimo ${max} caratteri.`).optional())
    .transform((v) => v ?? null);

/**
 * A count as people write it: digits, grouped in thousands by dots as in Italian ("1.200"). Any
 * other text — "1,5", "1e2", "0x1A" — is not a count (NaN), rather than what JavaScript reads in it.
 */
const italianInteger = (value: unknown) => {
  if (typeof value === "number") return value;
  const text = blankToUndefined(value);
  if (text === undefined) return undefined;
  return /^-?(\d+|\d{1,3}(\.\d{3})+)$/.test(text) ? Number(text.replaceAll(".", "")) : NaN;
};

const optionalCount = (label: string) =>
  z
    .preprocess(
      italianInteger,
      z.coerce
        .number({ error: `${label}: indica un numero intero (per esempio 12 o 1.200).` })
        .int(`${label}: indica un numero intero (per esempio 12 o 1.200).`)
        .min(0, `${label}: non può essere negativo.`)
        .max(100_000, `${label}: valore troppo alto.`)
        .optional(),
    )
    .transform((v) => v ?? null);

function enumField<T extends string>(options: EnumOption<T>[], label: string, fallback?: T) {
  const allowed = options.map((o) => o.slug).join(", ");
  // The first option a key names wins, as a search in option order would find it.
  const optionByKey = new Map<string, EnumOption<T>>();
  for (const option of options)
    for (const candidate of [option.slug, option.label, option.value])
      if (!optionByKey.has(matchKey(candidate))) optionByKey.set(matchKey(candidate), option);
  return z.preprocess(blankToUndefined, z.string().optional()).transform((value, ctx): T => {
    if (value === undefined) {
      if (fallback) return fallback;
      ctx.addIssue({ code: "custom", message: `${label}: campo obbligatorio (${allowed}).` });
      return z.NEVER;
    }
    const match = optionByKey.get(matchKey(value));
    if (!match) {
      ctx.addIssue({ code: "custom", message: `${label}: «${echo(value)}» non è un valore ammesso (${allowed}).` });
      return z.NEVER;
    }
    return match.value;
  });
}

const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_IT = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

const dateField = z.preprocess(blankToUndefined, z.string().optional()).transform((value, ctx) => {
  if (value === undefined) return null;
  const iso = DATE_ISO.exec(value);
  const it = DATE_IT.exec(value);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : it ? [it[3], it[2], it[1]] : [];
  const date = year ? new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))) : null;
  if (!date || date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) {
    ctx.addIssue({
      code: "custom",
      message: `Data di avvio: «${echo(value)}» non è una data valida (AAAA-MM-GG o GG/MM/AAAA).`,
    });
    return z.NEVER;
  }
  return date.toISOString().slice(0, 10);
});

/**
 * Six digits. A spreadsheet drops leading zeros (Torino 001272 becomes 1272): a shorter code is
 * padded when the result is a real comune, and a refusal always shows the value read.
 */
const istatField = z.preprocess(blankToUndefined, z.string().optional()).transform((value, ctx) => {
  if (value === undefined) return undefined;
  if (/^\d{6}$/.test(value)) {
    if (comuniByIstatCode().has(value)) return value;
    ctx.addIssue({ code: "custom", message: `Codice ISTAT "${echo(value)}": non è il codice di un comune italiano.` });
    return z.NEVER;
  }
  const padded = /^\d{1,5}$/.test(value) ? value.padStart(6, "0") : null;
  if (padded && comuniByIstatCode().has(padded)) return padded;
  ctx.addIssue({
    code: "custom",
    message: padded
      ? `Codice ISTAT "${echo(value)}": ha meno di 6 cifre, e nemmeno ${padded} (con gli zeri iniziali) è il codice di un comune.`
      : `Codice ISTAT "${echo(value)}": servono 6 cifre (per esempio 001272 per Torino).`,
  });
  return z.NEVER;
});

function splitValues(value: unknown): string[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return items
    .flatMap((item) => String(item).replaceAll("\u0000", "").split(MULTI_VALUE_SEPARATOR))
    .map((item) => item.trim())
    .filter(Boolean);
}

function termField(reference: Reference, field: TermField, label: string) {
  const vocabulary = TERM_FIELDS[field];
  const terms = reference.terms.filter((t) => t.vocabulary === vocabulary);
  const labelKeys = new Map(terms.map((t) => [t, matchKey(t.label)]));
  return z
    .unknown()
    .optional()
    .transform((value, ctx) => {
      const slugs = new Set<string>();
      for (const item of splitValues(value)) {
        const key = matchKey(item);
        const term = terms.find((t) => t.slug === key || labelKeys.get(t) === key);
        const mergedInto = reference.aliases?.get(`${vocabulary}:${key}`);
        if (term) slugs.add(term.slug);
        else if (mergedInto) slugs.add(mergedInto);
        else ctx.addIssue({ code: "custom", message: `${label}: «${echo(item)}» non è tra i valori del vocabolario.` });
      }
      return [...slugs].sort();
    });
}

/** Builds the schema that turns form data or an import row into a PracticeDraft. */
export function practiceInputSchema(reference: Reference) {
  // Built once, not per row inside the refinement: building a zod schema costs more than using it.
  const entityKindField = enumField(ENTITY_KINDS, "Tipo di ente");
  const regionField = z
    .preprocess(blankToUndefined, z.string({ error: "Regione: campo obbligatorio." }))
    .transform((value, ctx) => {
      const key = matchKey(value);
      const region = reference.regions.find(
        (r) => r.slug === key || matchKey(r.name) === key || matchKey(r.name.replace(/\/.*/s, "")) === key,
      );
      if (!region) {
        ctx.addIssue({ code: "custom", message: `Regione: «${echo(value)}» non è una regione italiana.` });
        return z.NEVER;
      }
      return region.id;
    });

  return (
    z
      .object({
        codice: requiredText("Codice", 1, 40).pipe(
          z
            .string()
            .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "Codice: solo lettere, cifre, punto, trattino e trattino basso."),
        ),
        titolo: requiredText("Titolo", 5, 200),
        sintesi: requiredText("Sintesi", 10, 600),
        descrizione: requiredText("Descrizione", 20, 20_000),
        data_avvio: dateField,
        tipo_servizio: enumField(SERVICE_TYPES, "Tipo di servizio"),
        operatori_totale: optionalCount("Operatori coinvolti"),
        operatori_interni: optionalCount("Personale del servizio"),
        operatori_volontari: optionalCount("Volontari"),
        note_finanziamento: optionalText("Note sul finanziamento", 2_000),
        riscontri: optionalText("Riscontri", 5_000),
        innovazione: optionalText("Portata innovativa", 5_000),
        sostenibilita: enumField(SUSTAINABILITY, "Sostenibilità", "NON_NOTO"),
        note_sostenibilita: optionalText("Note sulla sostenibilità", 5_000),
        risorse_necessarie: optionalText("Risorse necessarie", 5_000),
        difficolta: optionalText("Difficoltà incontrate", 5_000),
        consigli_replica: optionalText("Consigli per chi vuole replicarla", 5_000),
        contatto_pubblico: optionalText("Contatto pubblico dell'ente", 300),
        stato: enumField(STATUSES, "Stato", "DRAFT"),
        ente_id: z.preprocess(
          blankToUndefined,
          z.coerce
            .number({ error: "Ente già presente: scegli un ente dell'elenco." })
            .int("Ente già presente: scegli un ente dell'elenco.")
            .positive("Ente già presente: scegli un ente dell'elenco.")
            .optional(),
        ),
        ente_nome: optionalText("Ente erogatore", 200),
        ente_tipo: z.preprocess(blankToUndefined, z.string().optional()),
        ente_codice_istat: istatField,
        regione: z.unknown().optional(),
        provincia: optionalText("Provincia", 100),
        aree_utenza: termField(reference, "aree_utenza", "Aree di utenza"),
        fonti_finanziamento: termField(reference, "fonti_finanziamento", "Fonti di finanziamento"),
        tecnologie: termField(reference, "tecnologie", "Tecnologie"),
        reti: termField(reference, "reti", "Reti di collaborazione"),
        canali: termField(reference, "canali", "Canali di comunicazione"),
      })
      // Runs even when single fields failed, so a row's problems are all reported at once; the
      // values it reads may then be unparsed, hence the type checks.
      .superRefine(
        (row, ctx) => {
          const count = (value: unknown) => (typeof value === "number" ? value : null);
          const [total, staff, volunteers] = [
            count(row.operatori_totale),
            count(row.operatori_interni),
            count(row.operatori_volontari),
          ];
          if (total !== null && (staff ?? 0) + (volunteers ?? 0) > total) {
            ctx.addIssue({
              code: "custom",
              path: ["operatori_totale"],
              message: "Operatori coinvolti: il totale è minore della somma di personale e volontari.",
            });
          }
          const areaReported = ctx.issues.some((issue) => issue.path?.[0] === "aree_utenza");
          if (Array.isArray(row.aree_utenza) && row.aree_utenza.length === 0 && !areaReported) {
            ctx.addIssue({ code: "custom", path: ["aree_utenza"], message: "Aree di utenza: indica almeno un'area." });
          }
          refuseFieldsBesideChosenEntity(row, ctx);
          if (typeof row.ente_id !== "number") {
            if (typeof row.ente_nome !== "string" || !row.ente_nome) {
              ctx.addIssue({ code: "custom", path: ["ente_nome"], message: "Ente erogatore: campo obbligatorio." });
            }
            const kind = entityKindField.safeParse(row.ente_tipo);
            if (!kind.success)
              ctx.addIssue({
                code: "custom",
                path: ["ente_tipo"],
                message: kind.error.issues.map((issue) => issue.message).join(" "),
              });
            const region = regionField.safeParse(row.regione);
            if (!region.success)
              ctx.addIssue({
                code: "custom",
                path: ["regione"],
                message: region.error.issues.map((issue) => issue.message).join(" "),
              });
            const comune = typeof row.ente_codice_istat === "string" && comuniByIstatCode().get(row.ente_codice_istat);
            if (comune && region.success && comune.regionCode !== region.data) {
              ctx.addIssue({
                code: "custom",
                path: ["ente_codice_istat"],
                message: `Codice ISTAT "${comune.istatCode}": è il codice di ${comune.name}, che non è nella regione indicata.`,
              });
            }
          }
        },
        { when: () => true },
      )
      .transform((row): PracticeDraft => ({
        code: row.codice,
        title: row.titolo,
        summary: row.sintesi,
        description: row.descrizione,
        startDate: row.data_avvio,
        serviceType: row.tipo_servizio,
        operatorsTotal: row.operatori_totale,
        operatorsStaff: row.operatori_interni,
        operatorsVolunteers: row.operatori_volontari,
        fundingNote: row.note_finanziamento,
        feedback: row.riscontri,
        innovation: row.innovazione,
        sustainability: row.sostenibilita,
        sustainabilityNote: row.note_sostenibilita,
        resourcesNeeded: row.risorse_necessarie,
        difficulties: row.difficolta,
        replicationAdvice: row.consigli_replica,
        publicContact: row.contatto_pubblico,
        status: row.stato,
        entity:
          row.ente_id !== undefined
            ? { id: row.ente_id }
            : {
                name: row.ente_nome!,
                kind: entityKindField.parse(row.ente_tipo),
                istatCode: row.ente_codice_istat ?? null,
                regionId: regionField.parse(row.regione),
                province: row.provincia,
              },
        terms: {
          AREA: row.aree_utenza,
          FUNDING: row.fonti_finanziamento,
          TECHNOLOGY: row.tecnologie,
          NETWORK: row.reti,
          CHANNEL: row.canali,
        },
      }))
  );
}

export type FieldErrors = Partial<Record<string, string[]>>;

/** zod issues as Italian messages per field name (form inputs / import columns). */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_");
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}
