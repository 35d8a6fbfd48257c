import { z } from "zod";
import type { FacetOptions } from "@/lib/practices/facet-options";
import { FACETS, type FacetKey } from "@/lib/practices/facets";
import {
  MAX_PAGE,
  parsePracticeFilters,
  REPLICATED_VALUES,
  type PracticeFilters,
  type RawSearchParams,
} from "@/lib/practices/search-params";
import { SORTS } from "@/lib/practices/sorts";

// Query parameters of the API, validated strictly: where the listing quietly ignores what it
// does not understand, a program gets a 400 that names the parameter and what it accepts.
// The shapes are built from the current vocabularies, so the OpenAPI document lists their values.

export type ParamShape = Record<string, z.ZodType>;
export type ParamError = { parametro: string; messaggio: string };
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: ParamError[] };

const MAX_VALUES = 30;

function valuesOf(slugs: string[]) {
  return slugs.length ? z.enum(slugs as [string, ...string[]]) : z.string().max(0);
}

export function listParamShape(options: FacetOptions): ParamShape {
  return {
    q: z
      .string()
      .max(200)
      .optional()
      .meta({
        description: "Parole da cercare (ricerca a testo libero in italiano, accenti ignorati)",
        examples: ["spesa a domicilio"],
      }),
    ...Object.fromEntries(
      FACETS.map((facet) => [
        facet.key,
        z
          .array(valuesOf(options[facet.key].map((option) => option.slug)))
          .max(MAX_VALUES)
          .optional()
          .meta({
            description: `${facet.label}: uno o più valori (parametro ripetuto o valori separati da virgole). Più valori si sommano, filtri diversi si combinano.`,
          }),
      ]),
    ),
    replicata: z.enum(REPLICATED_VALUES).optional().meta({
      description: "si: solo le pratiche replicate da almeno un altro ente; no: quelle non ancora replicate",
    }),
    ordina: z
      .enum(SORTS.map((sort) => sort.value) as [string, ...string[]])
      .optional()
      .meta({ description: "Ordinamento (predefinito: rilevanza)" }),
    pagina: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_PAGE)
      .optional()
      .meta({ description: "Pagina dei risultati (predefinita: 1)" }),
    esatta: z
      .enum(["1"])
      .optional()
      .meta({ description: "1: cerca le parole così come sono scritte, senza correzione ortografica" }),
  };
}

export const comuniParamShape: ParamShape = {
  q: z
    .string()
    .trim()
    .min(2)
    .max(60)
    .meta({ description: "Inizio del nome del comune (almeno 2 caratteri)", examples: ["forl"] }),
  limite: z.coerce
    .number()
    .int()
    .min(1)
    .max(20)
    .optional()
    .meta({ description: "Numero massimo di risultati (predefinito: 10)" }),
};

/** Parameters that take several values; everything else must appear once. */
export function isArrayParam(schema: z.ZodType) {
  return (schema instanceof z.ZodOptional ? schema.unwrap() : schema) instanceof z.ZodArray;
}

const arrayParams = (shape: ParamShape) =>
  Object.entries(shape)
    .filter(([, schema]) => isArrayParam(schema))
    .map(([key]) => key);

function collect(search: URLSearchParams, arrays: string[]) {
  const input: Record<string, unknown> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    input[key] = arrays.includes(key)
      ? values
          .flatMap((value) => value.split(","))
          .map((value) => value.trim().toLowerCase())
          .filter(Boolean)
      : values.length === 1
        ? values[0]
        : values;
  }
  return input;
}

function describe(issue: z.core.$ZodIssue, allowed: string[]): ParamError[] {
  const parametro = String(issue.path[0] ?? "");
  const error = (messaggio: string) => [{ parametro, messaggio }];
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        parametro: key,
        messaggio: `parametro sconosciuto. Parametri ammessi: ${allowed.join(", ")}.`,
      }));
    case "invalid_value":
      return error(
        `valore «${String(issue.input)}» non ammesso. Valori ammessi: ${issue.values.map(String).join(", ") || "nessuno"}.`,
      );
    case "too_big":
      return error(
        issue.origin === "array"
          ? `al massimo ${issue.maximum} valori.`
          : issue.origin === "string"
            ? `al massimo ${issue.maximum} caratteri.`
            : `al massimo ${issue.maximum}.`,
      );
    case "too_small":
      return error(issue.origin === "string" ? `almeno ${issue.minimum} caratteri.` : `almeno ${issue.minimum}.`);
    case "invalid_type":
      if (Array.isArray(issue.input)) return error("indica un solo valore.");
      return error(
        issue.expected === "int" || issue.expected === "number"
          ? "deve essere un numero intero."
          : `valore non valido (atteso: ${issue.expected}).`,
      );
    default:
      return error(issue.message);
  }
}

export function parseParams(shape: ParamShape, search: URLSearchParams): ParseResult<Record<string, unknown>> {
  const parsed = z.strictObject(shape).safeParse(collect(search, arrayParams(shape)), { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: reported(parsed.error.issues.flatMap((issue) => describe(issue, Object.keys(shape)))) };
}

const REPORTED_PARAMETERS = 20;

/**
 * One error per parameter (the first, with how many more it had) and at most 20 parameters: a
 * request of thousands of bad values is answered in a few kilobytes, not one message per value.
 */
function reported(errors: ParamError[]): ParamError[] {
  const byParameter = new Map<string, { first: ParamError; more: number }>();
  for (const error of errors) {
    const seen = byParameter.get(error.parametro);
    if (seen) seen.more++;
    else byParameter.set(error.parametro, { first: error, more: 0 });
  }
  const shown = [...byParameter.values()].slice(0, REPORTED_PARAMETERS).map(({ first, more }) => ({
    parametro: first.parametro,
    messaggio: more ? `${first.messaggio} (e altri ${more} valori non validi)` : first.messaggio,
  }));
  const hidden = byParameter.size - shown.length;
  return hidden ? [...shown, { parametro: "*", messaggio: `altri ${hidden} parametri non validi.` }] : shown;
}

/** Validated API parameters as the listing's filters, through the listing's own normaliser. */
export function parseListParams(options: FacetOptions, search: URLSearchParams): ParseResult<PracticeFilters> {
  const result = parseParams(listParamShape(options), search);
  if (!result.ok) return result;
  const { q, ordina, pagina, esatta, replicata, ...facets } = result.value as {
    q?: string;
    ordina?: string;
    pagina?: number;
    esatta?: string;
    replicata?: string;
  } & Partial<Record<FacetKey, string[]>>;
  const raw: RawSearchParams = {
    q,
    ordina,
    replicata,
    pagina: pagina ? String(pagina) : undefined,
    esatta,
    ...facets,
  };
  return { ok: true, value: parsePracticeFilters(raw) };
}
