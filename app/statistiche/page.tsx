import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { BarChart } from "@/components/charts/bar-chart";
import { ChartFigure } from "@/components/charts/chart-figure";
import { HeadlineFigures } from "@/components/charts/headline-figures";
import { HeatmapChart } from "@/components/charts/heatmap-chart";
import { RegionAreaMatrix } from "@/components/charts/region-area-matrix";
import { SampleNotice } from "@/components/practices/sample-notice";
import { ReplicationStats } from "@/components/open-collection/replication-stats";
import { fetchReplicationStats } from "@/lib/open-collection/catalogue";
import { fetchPublishedTotals, fetchRegions } from "@/lib/practices/catalogue";
import { fetchStatsData } from "@/lib/stats/catalogue";
import {
  cellListingHref,
  crossTab,
  facetLabel,
  MATRIX,
  STATS_DIMENSIONS,
  STATS_GROUPS,
  statsFileName,
  totals,
} from "@/lib/stats/cross-tab";
import { headlineFigures } from "@/lib/stats/headline";
import { catalogueRobots } from "@/lib/practices/indexing";

const METADATA: Metadata = {
  title: "Statistiche",
  description:
    "Fonti di finanziamento, tecnologie, canali, tipi di servizio e sostenibilità delle pratiche, per regione e per area di utenza.",
  alternates: { canonical: "/statistiche" },
};

export async function generateMetadata(): Promise<Metadata> {
  return { ...METADATA, robots: await catalogueRobots() };
}

const GROUP_TITLES = { regione: "per regione", area: "per area di utenza" } as const;

export default async function StatsPage() {
  const [data, published, replications, regions] = await Promise.all([
    fetchStatsData(),
    fetchPublishedTotals(),
    fetchReplicationStats(),
    fetchRegions(),
  ]);
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-10 px-4 py-8">
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Statistiche" }]} />
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold">Statistiche</h1>
        <p className="max-w-3xl text-lg">
          Come sono finanziate, con quali tecnologie e canali, e quanto dureranno le {data.overall.total} pratiche del
          catalogo. Una pratica può avere più fonti, tecnologie e canali: i conteggi non si sommano al totale. Le schede
          non sono un campione statistico: descrivono chi ha risposto all&apos;indagine.
        </p>
        {published.samples > 0 && <SampleNotice count={published.samples} />}
        <HeadlineFigures figures={headlineFigures(data)} />
        <nav aria-label="Sezioni">
          <ul className="flex flex-wrap gap-x-4">
            <li>
              <a href="#regioni-e-aree">Regioni e aree di utenza</a>
            </li>
            {STATS_DIMENSIONS.map((dimension) => (
              <li key={dimension}>
                <a href={`#${dimension}`}>{facetLabel(dimension)}</a>
              </li>
            ))}
            <li>
              <a href="#repliche">Repliche e aggiornamenti</a>
            </li>
          </ul>
        </nav>
      </header>
      <section aria-labelledby="regioni-e-aree" className="flex flex-col gap-4 border-t border-line pt-6">
        <h2 id="regioni-e-aree" className="text-2xl font-bold">
          Regioni e aree di utenza
        </h2>
        <RegionAreaMatrix
          id="regioni-aree"
          title="Schede per regione e area di utenza"
          table={crossTab(data, MATRIX.dimension, MATRIX.group)}
          cellHref={(region, area) => cellListingHref({ regione: region, area })}
          rowHref={(region) => cellListingHref({ regione: region })}
        />
        <p className="text-sm">
          <a href={`/statistiche/${statsFileName(MATRIX.dimension, MATRIX.group)}`} data-testid="matrix-csv">
            Scarica la tabella (CSV, {data.options.regione.length} regioni × {data.options.area.length} aree)
          </a>
        </p>
      </section>
      {STATS_DIMENSIONS.map((dimension) => {
        const label = facetLabel(dimension);
        const overall = totals(data, dimension);
        return (
          <section
            key={dimension}
            aria-labelledby={dimension}
            className="flex flex-col gap-8 border-t border-line pt-6"
          >
            <h2 id={dimension} className="text-2xl font-bold">
              {label}
            </h2>
            <ChartFigure
              id={`${dimension}-totale`}
              title={`${label}: schede per valore`}
              csvHref={`/statistiche/${statsFileName(dimension)}`}
              table={{
                columns: [label, "Schede"],
                rows: overall.columns.map((column) => [column.label, column.count]),
              }}
            >
              <BarChart
                id={`${dimension}-barre`}
                title={`${label}: schede per valore`}
                items={overall.columns.map((column) => ({
                  label: column.label,
                  value: column.count,
                  href: cellListingHref({ [dimension]: column.slug }),
                }))}
              />
            </ChartFigure>
            {STATS_GROUPS.map((group) => {
              const table = crossTab(data, dimension, group);
              const title = `${label} ${GROUP_TITLES[group]} (schede; colore: quota delle schede della riga)`;
              return (
                <ChartFigure
                  key={group}
                  id={`${dimension}-${group}`}
                  title={title}
                  csvHref={`/statistiche/${statsFileName(dimension, group)}`}
                  table={{
                    columns: [facetLabel(group), "Schede", ...table.columns.map((column) => column.label)],
                    rows: table.rows.map((row) => [row.label, row.total, ...row.counts]),
                  }}
                >
                  <HeatmapChart
                    id={`${dimension}-${group}-mappa`}
                    title={title}
                    columns={table.columns.map((column) => column.label)}
                    rows={table.rows.map((row) => ({
                      ...row,
                      hrefs: table.columns.map((column) =>
                        cellListingHref({ [group]: row.slug, [dimension]: column.slug }),
                      ),
                    }))}
                  />
                </ChartFigure>
              );
            })}
          </section>
        );
      })}
      <ReplicationStats {...replications} regions={regions} />
    </div>
  );
}
