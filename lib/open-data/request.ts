import type { RawSearchParams } from "@/lib/practices/search-params";

/** A request's query string in the shape pages receive searchParams, repeated keys as arrays. */
export function rawSearchParams(search: URLSearchParams): RawSearchParams {
  const raw: RawSearchParams = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    raw[key] = values.length === 1 ? values[0] : values;
  }
  return raw;
}
