import type { Metadata } from "next";
import { Link } from "@/components/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DownloadList } from "@/components/open-data/download-list";
import { ExportFilterForm } from "@/components/open-data/export-filter-form";
import { ExportLinks } from "@/components/open-data/listing-tools";
import { FieldTable } from "@/components/open-data/field-table";
import { VocabularyTables } from "@/components/open-data/vocabulary-tables";
import { SampleNotice } from "@/components/practices/sample-notice";
import { vocabulariesOf } from "@/lib/api/vocabularies";
import { ATTRIBUTION, DATASET_DESCRIPTION, LICENCE } from "@/lib/open-data/licence";
import { describeFilters } from "@/lib/open-data/describe-filters";
import { feedHref } from "@/lib/open-data/links";
import { fetchPracticeCount, fetchPublishedTotals, fetchRegions, fetchTerms } from "@/lib/practices/catalogue";
import { buildFacetOptions, dropUnknownValues, listingHref } from "@/lib/practices/facet-options";
import { parsePracticeFilters } from "@/lib/practices/search-params";

export const metadata: Metadata = {
  title: "Dati aperti",
  description:
    "Le schede del catalogo come dati aperti (CC BY 4.0): CSV, JSON, API con documento OpenAPI, feed Atom e metadati DCAT-AP_IT.",
  alternates: { canonical: "/open-data", types: { "application/atom+xml": "/feed.xml" } },
};

// Rendered whole on the server: the selection form and its links work with JavaScript off.
export const instant = false;

export default async function OpenDataPage({ searchParams }: PageProps<"/open-data">) {
  const [totals, regions, terms] = await Promise.all([fetchPublishedTotals(), fetchRegions(), fetchTerms()]);
  const options = buildFacetOptions(regions, terms);
  const filters = { ...dropUnknownValues(parsePracticeFilters(await searchParams), options), page: 1 };
  const selected = await fetchPracticeCount(filters);
  const described = describeFilters(filters, options);
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-10 px-4 py-8">
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Dati aperti" }]} />
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold">Dati aperti</h1>
        <p className="max-w-3xl text-lg">{DATASET_DESCRIPTION}</p>
        <p data-testid="open-data-total">
          Oggi il catalogo pubblica {totals.total} schede
          {totals.samples > 0 && `, di cui ${totals.samples} illustrative`}.
        </p>
        {totals.samples > 0 && <SampleNotice count={totals.samples} />}
      </header>

      <section aria-labelledby="licenza" className="flex flex-col gap-2">
        <h2 id="licenza" className="text-2xl font-bold">
          Licenza
        </h2>
        <p className="max-w-3xl">
          I dati sono rilasciati con licenza <a href={LICENCE.url}>{LICENCE.name}</a>: puoi copiarli, ridistribuirli e
          rielaborarli anche per fini commerciali, citando la fonte. Testo di attribuzione da riportare:
        </p>
        <blockquote className="max-w-3xl border-l-4 border-primary bg-surface px-4 py-3" data-testid="attribution">
          {ATTRIBUTION}
        </blockquote>
        <p className="max-w-3xl text-sm text-muted">
          Nei file ogni scheda ha il campo <code>illustrativa</code>: quelle con valore <code>true</code> sono esempi e
          non vanno usate come informazioni su servizi reali.
        </p>
      </section>

      <section aria-labelledby="scarica" className="flex flex-col gap-3">
        <h2 id="scarica" className="text-2xl font-bold">
          Scarica
        </h2>
        <DownloadList />
        <p className="max-w-3xl">
          I file accettano gli stessi parametri della pagina <Link href="/pratiche">Le pratiche</Link> (
          <code>regione</code>, <code>area</code>, <code>tipo</code>, <code>finanziamento</code>, <code>q</code>…):
          dall&apos;elenco, «Esporta questi risultati» scarica esattamente le schede trovate, e «Segui questa ricerca»
          dà il feed Atom della ricerca. L&apos;API è descritta nella pagina{" "}
          <Link href="/open-data/api">API pubblica</Link>.
        </p>
      </section>

      <section aria-labelledby="selezione" className="flex flex-col gap-3">
        <h2 id="selezione" className="text-2xl font-bold">
          Scarica una selezione
        </h2>
        <p className="max-w-3xl">
          Scegli i filtri (gli stessi dell&apos;elenco delle pratiche): i file avranno solo le schede scelte e un nome
          che dice quali e quando, ad esempio <code>pratiche_puglia_anziani_2026-11-30.csv</code>.
        </p>
        <ExportFilterForm filters={filters} options={options} />
        <div className="flex flex-col gap-2" data-testid="selection-result">
          <p className="font-semibold" role="status">
            {described ? `${described}: ` : "Tutto il catalogo: "}
            {selected === 1 ? "1 pratica" : `${selected} pratiche`}
          </p>
          {selected > 0 && <ExportLinks filters={filters} total={selected} />}
          <p className="flex flex-wrap gap-x-4">
            <Link href={listingHref(filters)} data-testid="selection-listing">
              Vedi in elenco ({selected})
            </Link>
            <a href={feedHref(filters)} type="application/atom+xml">
              Segui questa selezione (Atom)
            </a>
          </p>
        </div>
      </section>

      <section aria-labelledby="campi" className="flex flex-col gap-3">
        <h2 id="campi" className="text-2xl font-bold">
          I campi del CSV
        </h2>
        <p className="max-w-3xl">
          Le prime colonne sono quelle del modello di importazione, con gli stessi valori: un file scaricato si può
          correggere e reimportare. I file sono in UTF-8 con BOM; le celle che inizierebbero con = + - @ sono precedute
          da un apostrofo, perché un foglio di calcolo non le esegua come formule.
        </p>
        <FieldTable />
      </section>

      <section aria-labelledby="vocabolari" className="flex flex-col gap-3">
        <h2 id="vocabolari" className="text-2xl font-bold">
          I vocabolari
        </h2>
        <p className="max-w-3xl">
          I valori codificati usano questi vocabolari; lo slug è quello dei file e dei parametri di ricerca (anche in{" "}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a JSON route handler, not a page: the rule counts route.ts as a page */}
          <a href="/api/v1/vocabolari">/api/v1/vocabolari</a>).
        </p>
        <VocabularyTables vocabularies={vocabulariesOf(regions, terms)} />
      </section>
    </div>
  );
}
