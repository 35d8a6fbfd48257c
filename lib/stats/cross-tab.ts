import { listingHref, type FacetOption, type FacetOptions } from "@/lib/practices/facet-options";
import { FACETS, type FacetKey } from "@/lib/practices/facets";
import type { FacetCounts } from "@/lib/practices/queries";
import { emptyFilters, toggleFacetValue } from "@/lib/practices/search-params";

// The statistics page's tables: how many sheets have each value of a dimension (funding,
// technology…), overall and within each region or area. They are the listing's own facet
// counts, taken once overall and once with each region or area selected.

export const STATS_DIMENSIONS = ["finanziamento", "tecnologia", "canale", "tipo", "sostenibilita"] as const;
export const STATS_GROUPS = ["regione", "area"] as const;
export type StatsDimension = (typeof STATS_DIMENSIONS)[number];
export type StatsGroup = (typeof STATS_GROUPS)[number];

export type CountsSnapshot = { total: number; facetCounts: FacetCounts };
export type StatsData = {
  overall: CountsSnapshot;
  byGroup: Record<StatsGroup, Record<string, CountsSnapshot>>;
  options: FacetOptions;
  /** Entities with at least one published sheet. */
  entities: number;
};

export type Totals = { columns: (FacetOption & { count: number })[]; total: number };
export type CrossTab = {
  columns: FacetOption[];
  rows: { slug: string; label: string; total: number; counts: number[] }[];
};

export const facetLabel = (key: FacetKey) => FACETS.find((facet) => facet.key === key)!.label;

export function totals(data: StatsData, dimension: StatsDimension): Totals {
  return {
    total: data.overall.total,
    columns: data.options[dimension].map((option) => ({
      ...option,
      count: data.overall.facetCounts[dimension][option.slug] ?? 0,
    })),
  };
}

export function crossTab(data: StatsData, dimension: StatsDimension | "area", group: StatsGroup): CrossTab {
  const columns = data.options[dimension];
  return {
    columns,
    rows: data.options[group].map((row) => {
      const snapshot = data.byGroup[group][row.slug];
      return {
        slug: row.slug,
        label: row.label,
        total: snapshot?.total ?? 0,
        counts: columns.map((column) => snapshot?.facetCounts[dimension][column.slug] ?? 0),
      };
    }),
  };
}

/** The cross tab as CSV rows: one per region or area, a column per value, and the row's total. */
export function crossTabRecords(table: CrossTab, groupLabel: string) {
  const columns = [groupLabel, "schede", ...table.columns.map((column) => column.label)];
  const rows = table.rows.map((row) => ({
    [groupLabel]: row.label,
    schede: row.total,
    ...Object.fromEntries(table.columns.map((column, index) => [column.label, row.counts[index] ?? 0])),
  }));
  return { columns, rows };
}

export function totalsRecords(table: Totals, dimensionLabel: string) {
  return {
    columns: [dimensionLabel, "schede"],
    rows: table.columns.map((column) => ({ [dimensionLabel]: column.label, schede: column.count })),
  };
}

/** CSV file names of the page: "finanziamento.csv", "finanziamento-per-regione.csv"… */
export function statsFileName(dimension: StatsDimension | "area", group?: StatsGroup) {
  return group ? `${dimension}-per-${group}.csv` : `${dimension}.csv`;
}

/** The region × area matrix: the one table whose columns are a grouping facet. */
export const MATRIX = { dimension: "area", group: "regione" } as const;

export function parseStatsFileName(
  name: string,
): { dimension: StatsDimension; group?: StatsGroup } | typeof MATRIX | null {
  if (name === statsFileName(MATRIX.dimension, MATRIX.group)) return MATRIX;
  const match = /^([a-z]+)(?:-per-([a-z]+))?\.csv$/.exec(name);
  const dimension = STATS_DIMENSIONS.find((d) => d === match?.[1]);
  const group = match?.[2] ? STATS_GROUPS.find((g) => g === match[2]) : undefined;
  if (!dimension || (match?.[2] && !group)) return null;
  return { dimension, group };
}

/** The listing of the sheets a bar or a cell counts: one value of each given facet. */
export function cellListingHref(values: Partial<Record<FacetKey, string>>) {
  let filters = emptyFilters();
  for (const [key, slug] of Object.entries(values) as [FacetKey, string][])
    filters = toggleFacetValue(filters, key, slug);
  return listingHref(filters);
}
