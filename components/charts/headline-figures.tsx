import { Link } from "@/components/link";
import type { HeadlineFigure } from "@/lib/stats/headline";

export function HeadlineFigures({ figures }: { figures: HeadlineFigure[] }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5" aria-label="In sintesi" data-testid="headline">
      {figures.map((figure) => (
        <li
          key={figure.key}
          className="flex flex-col rounded border border-line bg-surface p-3"
          data-figure={figure.key}
        >
          <span className="text-2xl font-bold" data-testid="headline-value">
            {figure.value}
          </span>
          <span className="text-sm">{figure.href ? <Link href={figure.href}>{figure.label}</Link> : figure.label}</span>
        </li>
      ))}
    </ul>
  );
}
