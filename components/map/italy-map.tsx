import { scaleQuantize } from "d3-scale";
import { type DrawnRegion, ItalyMapView } from "@/components/map/italy-map-view";

// Choropleth: colours and words decided here, drawn by ItalyMapView; no script is needed to see it
// or to follow its links. With a filter set, regions without any matching sheet are hatched: the
// gaps are the point of the map.

/** `value` is what is coloured (the count, or the count per inhabitants or per comuni); `text` says it. */
export type RegionCount = {
  id: number;
  slug: string;
  name: string;
  count: number;
  value: number;
  text: string;
  href: string;
};

/** A region coloured by a plain count of `nouns` (singular, plural). */
export function countedRegion(
  region: Omit<RegionCount, "count" | "value" | "text">,
  count: number,
  [one, many]: [string, string],
): RegionCount {
  return { ...region, count, value: count, text: count === 1 ? `1 ${one}` : `${count} ${many}` };
}

const PALETTE = ["#d6e6f5", "#a3c8e8", "#5fa2d6", "#1f78c1", "#0b4f8a"];
const EMPTY = "#eef1f4";

/** Counts are whole numbers from 1; ratios (per inhabitants, per comuni) are split into equal ranges from 0. */
export function colorScale(max: number, ratio = false) {
  return scaleQuantize<string>()
    .domain(ratio ? [0, max > 0 ? max : 1] : [1, Math.max(max, 2)])
    .range(PALETTE);
}

export function ItalyMap({
  regions,
  highlightGaps,
  label,
  ratio = false,
  titleId = "mappa-titolo",
  className = "h-auto w-full max-w-xl",
}: {
  regions: RegionCount[];
  highlightGaps: boolean;
  label: string;
  ratio?: boolean;
  /** Unique per page when a page has more than one map. */
  titleId?: string;
  className?: string;
}) {
  const scale = colorScale(Math.max(...regions.map((region) => region.value)), ratio);
  const drawn = regions.map((region): DrawnRegion => {
    const gap = highlightGaps && region.count === 0;
    const fill = gap ? "url(#senza-pratiche)" : region.count === 0 ? EMPTY : scale(region.value);
    return [region.id, region.slug, `${region.name}: ${region.text}`, region.href, region.count, fill, gap];
  });
  return <ItalyMapView regions={drawn} label={label} titleId={titleId} className={className} />;
}

/** The colour classes as ranges of counts (or of ratios, written by `format`), for the legend. */
export function legendItems(max: number, highlightGaps: boolean, format?: (value: number) => string) {
  const scale = colorScale(max, Boolean(format));
  const items = (format ? ratioClasses(scale, max, format) : countClasses(scale, max)).filter((item) => !item.empty);
  return [
    {
      color: highlightGaps ? "url(#senza-pratiche)" : EMPTY,
      label: highlightGaps ? "nessuna pratica" : "0",
      pattern: highlightGaps,
      empty: false,
    },
    ...items,
  ];
}

function ratioClasses(scale: ReturnType<typeof colorScale>, max: number, format: (value: number) => string) {
  if (max <= 0) return [];
  return PALETTE.map((color) => {
    const [from, to] = scale.invertExtent(color);
    return { color, label: `${format(from)}–${format(to)}`, pattern: false, empty: false };
  });
}

function countClasses(scale: ReturnType<typeof colorScale>, max: number) {
  return PALETTE.map((color) => {
    const [from, to] = scale.invertExtent(color);
    const low = Math.ceil(from);
    const high = color === PALETTE[PALETTE.length - 1] ? max : Math.min(max, Math.ceil(to) - 1);
    return { color, label: low >= high ? String(low) : `${low}–${high}`, pattern: false, empty: high < low };
  });
}
