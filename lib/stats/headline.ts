import type { StatsData } from "@/lib/stats/cross-tab";

// The figures at the top of the statistics page, each with the listing that shows it.

export type HeadlineFigure = { key: string; value: string; label: string; href?: string };

const integer = new Intl.NumberFormat("it-IT");
const percent = new Intl.NumberFormat("it-IT", { style: "percent", maximumFractionDigits: 0 });

/** Share of `part` in `total` as "42%"; "—" when there is nothing to divide. */
export function share(part: number, total: number) {
  return total > 0 ? percent.format(part / total) : "—";
}

export function headlineFigures(data: StatsData): HeadlineFigure[] {
  const { total, facetCounts } = data.overall;
  const regions = data.options.regione.filter((region) => (facetCounts.regione[region.slug] ?? 0) > 0).length;
  const newServices = facetCounts.tipo["nuovo"] ?? 0;
  const continuing = facetCounts.sostenibilita["continua"] ?? 0;
  return [
    { key: "schede", value: integer.format(total), label: "schede pubblicate", href: "/pratiche" },
    { key: "enti", value: integer.format(data.entities), label: "enti con almeno una scheda", href: "/enti" },
    {
      key: "regioni",
      value: `${regions} su ${data.options.regione.length}`,
      label: "regioni con almeno una scheda",
      href: "/mappa",
    },
    {
      key: "nuovi",
      value: share(newServices, total),
      label: `servizi completamente nuovi (${integer.format(newServices)} schede)`,
      href: "/pratiche?tipo=nuovo",
    },
    {
      key: "continua",
      value: share(continuing, total),
      label: `proseguiranno dopo l'emergenza (${integer.format(continuing)} schede)`,
      href: "/pratiche?sostenibilita=continua",
    },
  ];
}
