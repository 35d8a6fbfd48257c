import { scaleBand, scaleLinear } from "d3-scale";

// Horizontal bars, server-rendered SVG: visible without JavaScript; the data table beside it
// (ChartFigure) is the accessible alternative. Without links the drawing is one labelled image;
// with them each bar is a named link to the listing of its sheets (an image cannot hold links).

const WIDTH = 640;
const LABEL_WIDTH = 250;
const ROW = 26;

export function BarChart({
  id,
  title,
  items,
}: {
  id: string;
  title: string;
  items: { label: string; value: number; href?: string }[];
}) {
  const linked = items.some((item) => item.href);
  const height = items.length * ROW + 10;
  const x = scaleLinear()
    .domain([0, Math.max(1, ...items.map((item) => item.value))])
    .range([0, WIDTH - LABEL_WIDTH - 50]);
  const y = scaleBand()
    .domain(items.map((item) => item.label))
    .range([5, height - 5])
    .padding(0.2);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      id={id}
      className="h-auto w-full max-w-3xl"
      role={linked ? undefined : "img"}
      aria-labelledby={`${id}-titolo`}
      data-testid="bar-chart"
    >
      <title id={`${id}-titolo`}>{title}</title>
      {items.map((item) => {
        const top = y(item.label) ?? 0;
        const label = (
          <text
            x={LABEL_WIDTH - 8}
            y={top + y.bandwidth() / 2}
            dominantBaseline="middle"
            textAnchor="end"
            fontSize="12"
            fill="#17324d"
          >
            {item.label.length > 40 ? `${item.label.slice(0, 38)}…` : item.label}
          </text>
        );
        const bar = (
          <>
            <rect x={LABEL_WIDTH} y={top} width={x(item.value)} height={y.bandwidth()} fill="#0066cc" />
            <text
              x={LABEL_WIDTH + x(item.value) + 6}
              y={top + y.bandwidth() / 2}
              dominantBaseline="middle"
              fontSize="12"
              fill="#17324d"
            >
              {item.value}
            </text>
          </>
        );
        // The link holds the bar and its number, and its name starts with that number: the name
        // a voice user says is the text they see (the label beside it is outside the link).
        return (
          <g key={item.label}>
            {label}
            {item.href ? (
              <a
                href={item.href}
                aria-label={`${item.value === 1 ? "1 scheda" : `${item.value} schede`}: ${item.label}`}
                data-count={item.value}
              >
                {bar}
              </a>
            ) : (
              bar
            )}
          </g>
        );
      })}
    </svg>
  );
}
