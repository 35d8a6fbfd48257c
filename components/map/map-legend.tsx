import { legendItems } from "@/components/map/italy-map";

export function MapLegend({
  max,
  highlightGaps,
  format,
}: {
  max: number;
  highlightGaps: boolean;
  format?: (value: number) => string;
}) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Legenda">
      {legendItems(max, highlightGaps, format).map((item) => (
        <li key={item.label} className="flex items-center gap-1">
          <svg width="18" height="14" aria-hidden="true">
            <rect width="18" height="14" fill={item.color} stroke={item.pattern ? "#995c00" : "#c0c8d0"} />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
