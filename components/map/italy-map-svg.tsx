import { ITALY_VIEWBOX, REGION_SHAPES } from "@/components/map/italy-regions";

/** A region as drawn: its words and colour decided on the server (italy-map.tsx). */
export type DrawnRegion = [
  regionId: number,
  slug: string,
  text: string,
  href: string,
  count: number,
  fill: string,
  gap: boolean,
];

const GAP_STROKE = "#995c00";

/** The map's SVG, with the region outlines; loaded through italy-map-view.tsx. */
export function ItalyMapSvg({
  regions,
  label,
  titleId,
  className,
}: {
  regions: DrawnRegion[];
  label: string;
  titleId: string;
  className: string;
}) {
  const byId = new Map(regions.map((region) => [region[0], region]));
  const isGap = (id: number) => byId.get(id)?.[6] === true;
  return (
    <svg viewBox={ITALY_VIEWBOX} className={className} aria-labelledby={titleId} data-testid="italy-map">
      <title id={titleId}>{label}</title>
      <defs>
        <pattern id="senza-pratiche" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">
          <rect width="7" height="7" fill="#fff4e0" />
          <line x1="0" y1="0" x2="0" y2="7" stroke={GAP_STROKE} strokeWidth="2.5" />
        </pattern>
      </defs>
      {/* Gaps drawn last, so their outline is not covered by a neighbour's. */}
      {[...REGION_SHAPES]
        .sort((a, b) => Number(isGap(a.regionId)) - Number(isGap(b.regionId)))
        .map(({ regionId, path }) => {
          const region = byId.get(regionId);
          if (!region) return null;
          const [, slug, text, href, count, fill, gap] = region;
          return (
            <a key={regionId} href={href} aria-label={text} data-region={slug} data-count={count} className="group">
              <title>{text}</title>
              <path
                d={path}
                fill={fill}
                stroke={gap ? GAP_STROKE : "#ffffff"}
                strokeWidth={gap ? 2 : 1}
                className="transition-opacity group-hover:opacity-80 group-focus:opacity-80"
              />
            </a>
          );
        })}
    </svg>
  );
}
