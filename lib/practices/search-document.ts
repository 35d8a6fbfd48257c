// Words a sheet should be found by that live in related rows, stored on Practice.searchExtra
// (the trigger in the migrations folds it into the tsvector with the lowest weight).
export function buildSearchExtra(parts: {
  entityName: string;
  province?: string | null;
  regionName: string;
  termLabels: string[];
}) {
  return [parts.entityName, parts.province, parts.regionName, ...parts.termLabels]
    .filter((part): part is string => Boolean(part && part.trim()))
    .join(" · ");
}
