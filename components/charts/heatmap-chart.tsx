import { scaleBand, scaleLinear } from "d3-scale";

// A matrix of groups (regions, areas) by values (funding sources…): each cell shows how many of
// the group's sheets have the value, shaded by their share of the group so that small and large
// regions compare fairly. Drawn at its own size, never scaled down to the screen (its 11-unit text
// would shrink to ~8 px on a phone): the ScrollRegion around it scrolls sideways instead.

const LABEL_WIDTH = 200;
const HEADER = 150;
const CELL_W = 46;
const CELL_H = 24;

/** `hrefs`, when given, link each cell (by column) to the listing of its sheets. */
export type HeatmapRow = { label: string; total: number; counts: number[]; hrefs?: string[] };

export function HeatmapChart({
  id,
  title,
  columns,
  rows,
}: {
  id: string;
  title: string;
  columns: string[];
  rows: HeatmapRow[];
}) {
  const width = LABEL_WIDTH + columns.length * CELL_W + 60;
  const height = HEADER + rows.length * CELL_H + 4;
  const x = scaleBand()
    .domain(columns)
    .range([LABEL_WIDTH, LABEL_WIDTH + columns.length * CELL_W]);
  const y = scaleBand()
    .domain(rows.map((row) => row.label))
    .range([HEADER, HEADER + rows.length * CELL_H]);
  const shade = scaleLinear<string>().domain([0, 1]).range(["#f5f8fb", "#0b4f8a"]);
  const linked = rows.some((row) => row.hrefs);
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      id={id}
      style={{ width: `${width}px`, maxWidth: "none" }}
      className="h-auto"
      role={linked ? undefined : "img"}
      aria-labelledby={`${id}-titolo`}
      data-testid="heatmap-chart"
    >
      <title id={`${id}-titolo`}>{title}</title>
      {columns.map((column) => (
        <text
          key={column}
          transform={`translate(${(x(column) ?? 0) + CELL_W / 2}, ${HEADER - 6}) rotate(-40)`}
          fontSize="11"
          fill="#17324d"
        >
          {column.length > 30 ? `${column.slice(0, 28)}…` : column}
        </text>
      ))}
      <text x={LABEL_WIDTH + columns.length * CELL_W + 8} y={HEADER - 6} fontSize="11" fontWeight="bold" fill="#17324d">
        schede
      </text>
      {rows.map((row) => {
        const top = y(row.label) ?? 0;
        return (
          <g key={row.label}>
            <text
              x={LABEL_WIDTH - 6}
              y={top + CELL_H / 2}
              dominantBaseline="middle"
              textAnchor="end"
              fontSize="11"
              fill="#17324d"
            >
              {row.label.length > 32 ? `${row.label.slice(0, 30)}…` : row.label}
            </text>
            {columns.map((column, index) => {
              const count = row.counts[index] ?? 0;
              const share = row.total ? count / row.total : 0;
              const href = row.hrefs?.[index];
              const cell = (
                <>
                  <rect x={x(column)} y={top} width={CELL_W - 2} height={CELL_H - 2} fill={shade(share)} />
                  <text
                    x={(x(column) ?? 0) + (CELL_W - 2) / 2}
                    y={top + (CELL_H - 2) / 2}
                    dominantBaseline="middle"
                    textAnchor="middle"
                    fontSize="11"
                    fill={share > 0.5 ? "#ffffff" : "#17324d"}
                  >
                    {count}
                  </text>
                </>
              );
              return href ? (
                <a
                  key={column}
                  href={href}
                  aria-label={`${row.label}, ${column}: ${count === 1 ? "1 scheda" : `${count} schede`}`}
                  data-count={count}
                >
                  {cell}
                </a>
              ) : (
                <g key={column}>{cell}</g>
              );
            })}
            <text
              x={LABEL_WIDTH + columns.length * CELL_W + 8}
              y={top + CELL_H / 2}
              dominantBaseline="middle"
              fontSize="11"
              fill="#5c6f82"
            >
              {row.total}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
