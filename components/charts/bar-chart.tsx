import { Fragment } from "react";

// Horizontal bars in HTML rather than a scaled SVG: an SVG drawn 640 units wide and fitted to a
// 360 px phone shrank its text to about 6 px; here labels and numbers keep the page's text size,
// beside their bars from sm up and above them on a phone. Server-rendered, so visible without
// JavaScript; the data table beside it (ChartFigure) is the accessible alternative. Without links
// the chart is one labelled image; with them each bar is a named link to the listing of its sheets.

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
  const max = Math.max(1, ...items.map((item) => item.value));
  return (
    <div
      id={id}
      role={linked ? "group" : "img"}
      aria-label={title}
      className="grid max-w-3xl grid-cols-1 gap-x-3 text-sm sm:grid-cols-[minmax(0,16rem)_minmax(0,1fr)] sm:gap-y-1"
      data-testid="bar-chart"
    >
      {items.map((item) => {
        // The bar leaves room for its number within the row.
        const bar = (
          <>
            <span
              aria-hidden="true"
              className="h-4 shrink-0 bg-primary"
              style={{ width: `calc(${item.value / max} * (100% - 3.5rem))` }}
            />
            <span className="tabular-nums">{item.value}</span>
          </>
        );
        // The link holds the bar and its number, and its name starts with that number: the name
        // a voice user says is the text they see (the label beside it is outside the link).
        return (
          <Fragment key={item.label}>
            <span className="sm:text-right" data-testid="bar-label">
              {item.label}
            </span>
            <span className="mb-2 flex min-h-6 items-center sm:mb-0">
              {item.href ? (
                <a
                  href={item.href}
                  className="flex w-full items-center gap-2"
                  aria-label={`${item.value === 1 ? "1 scheda" : `${item.value} schede`}: ${item.label}`}
                  data-count={item.value}
                >
                  {bar}
                </a>
              ) : (
                <span className="flex w-full items-center gap-2">{bar}</span>
              )}
            </span>
          </Fragment>
        );
      })}
    </div>
  );
}
