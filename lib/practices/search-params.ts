import { z } from "zod";
import { FACET_KEYS, type FacetKey } from "@/lib/practices/facets";
import { SORTS } from "@/lib/practices/sorts";

/** ?replicata=si|no: sheets other entities replicated, or not yet. */
export const REPLICATED_VALUES = ["si", "no"] as const;
export type Replicated = (typeof REPLICATED_VALUES)[number];

export type Sort = (typeof SORTS)[number]["value"];
export const PAGE_SIZE = 24;
export const MAX_PAGE = 500;
const MAX_QUERY_LENGTH = 200;
const MAX_VALUES_PER_FACET = 30;
const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

export type PracticeFilters = {
  q: string;
  facets: Record<FacetKey, string[]>;
  sort: Sort;
  page: number;
  /** The words exactly as typed: no spelling correction (the "Cerca invece «…»" link, `esatta=1`). */
  exact?: boolean;
  replicated: Replicated | null;
};

export type RawSearchParams = Record<string, string | string[] | undefined>;

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// Hostile input (very long, control characters, unknown values) is normalised or dropped here,
// so that no request can make the listing fail: the worst outcome is an ignored parameter.
const text = z.preprocess(
  firstValue,
  z
    .string()
    .catch("")
    .transform((value) =>
      value
        .normalize("NFC")
        .replace(/[\u0000-\u001f\u007f]/g, " ")
        .replace(/\s+/g, " ")
        .trim()
        .slice(0, MAX_QUERY_LENGTH),
    ),
);

const slugList = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(z.unknown())
    .catch([])
    .transform((values) => {
      const slugs = values
        .filter((value): value is string => typeof value === "string")
        .flatMap((value) => value.split(","))
        .map((value) => value.trim().toLowerCase())
        .filter((value) => SLUG.test(value));
      return [...new Set(slugs)].slice(0, MAX_VALUES_PER_FACET).sort();
    }),
);

const sort = z.preprocess(
  firstValue,
  z.enum(SORTS.map((option) => option.value) as [Sort, ...Sort[]]).catch("rilevanza"),
);

const page = z.preprocess(firstValue, z.coerce.number().int().min(1).max(MAX_PAGE).catch(1));

const flag = z.preprocess(firstValue, z.literal("1").optional().catch(undefined));
const replicated = z.preprocess(firstValue, z.enum(REPLICATED_VALUES).nullable().catch(null)).default(null);

const schema = z.object({
  q: text.default(""),
  exact: flag,
  sort,
  page,
  replicated,
  ...Object.fromEntries(FACET_KEYS.map((key) => [key, slugList])),
});

/** Parses a listing URL's search params into normalised filters; never throws. */
export function parsePracticeFilters(searchParams: RawSearchParams): PracticeFilters {
  const input = {
    q: searchParams.q,
    sort: searchParams.ordina,
    page: searchParams.pagina,
    exact: searchParams.esatta,
    replicated: searchParams.replicata ?? null,
    ...Object.fromEntries(FACET_KEYS.map((key) => [key, searchParams[key]])),
  };
  const parsed = schema.parse(input) as Record<string, unknown>;
  return {
    q: parsed.q as string,
    sort: parsed.sort as Sort,
    page: parsed.page as number,
    ...(parsed.q && parsed.exact ? { exact: true } : {}),
    replicated: (parsed.replicated as Replicated | null) ?? null,
    facets: Object.fromEntries(FACET_KEYS.map((key) => [key, parsed[key] as string[]])) as Record<FacetKey, string[]>,
  };
}

/**
 * Filters that come from anywhere but a URL, normalised by the same schema. The cached reads call
 * it on their argument: Next makes every `'use cache'` function callable as a server action, with
 * whatever arguments a POST carries. Valid filters come back unchanged.
 */
export function normalisePracticeFilters(value: unknown): PracticeFilters {
  const record = (input: unknown) =>
    (typeof input === "object" && input !== null && !Array.isArray(input) ? input : {}) as Record<string, unknown>;
  const filters = record(value);
  const facets = record(filters.facets);
  return parsePracticeFilters({
    q: filters.q,
    ordina: filters.sort,
    pagina: filters.page,
    esatta: filters.exact === true ? "1" : undefined,
    replicata: filters.replicated ?? undefined,
    ...Object.fromEntries(FACET_KEYS.map((key) => [key, facets[key]])),
  } as RawSearchParams);
}

export function emptyFilters(): PracticeFilters {
  return parsePracticeFilters({});
}

/** The canonical query string for filters: stable order, defaults left out. */
export function filtersToSearchParams(filters: PracticeFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  for (const key of FACET_KEYS) for (const value of filters.facets[key]) params.append(key, value);
  if (filters.replicated) params.set("replicata", filters.replicated);
  if (filters.sort !== "rilevanza") params.set("ordina", filters.sort);
  if (filters.page > 1) params.set("pagina", String(filters.page));
  if (filters.q && filters.exact) params.set("esatta", "1");
  return params;
}

export function hasActiveFilters(filters: PracticeFilters) {
  return Boolean(filters.q) || Boolean(filters.replicated) || FACET_KEYS.some((key) => filters.facets[key].length > 0);
}

/** Filters with one facet value toggled; any change of filters goes back to page 1. */
export function toggleFacetValue(filters: PracticeFilters, key: FacetKey, value: string): PracticeFilters {
  const current = filters.facets[key];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value].sort();
  return { ...filters, page: 1, facets: { ...filters.facets, [key]: next } };
}
