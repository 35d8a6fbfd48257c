import type { Metadata } from "next";
import { Link } from "@/components/link";
import { CountList } from "@/components/practices/count-list";
import { PracticeCard } from "@/components/practices/practice-card";
import { SampleNotice } from "@/components/practices/sample-notice";
import { ProposeLink } from "@/components/submissions/propose-link";
import { fetchCatalogueOverview, fetchRegions, fetchTerms } from "@/lib/practices/catalogue";
import { catalogueRobots } from "@/lib/practices/indexing";

export async function generateMetadata(): Promise<Metadata> {
  return { robots: await catalogueRobots() };
}

export default async function HomePage() {
  const [{ totals, byRegion, byArea, recent }, regions, terms] = await Promise.all([
    fetchCatalogueOverview(),
    fetchRegions(),
    fetchTerms(),
  ]);
  const areas = terms.filter((term) => term.vocabulary === "AREA");
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-12 px-4 py-10">
      <section className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold md:text-4xl">
          Cosa hanno fatto i servizi sociali durante l&apos;emergenza Covid-19
        </h1>
        <p className="max-w-3xl text-lg">
          Nella primavera del 2020 comuni e ambiti territoriali hanno inventato, rafforzato o riorganizzato i loro
          servizi sociali. Questo catalogo raccoglie le loro schede perché chi lavora in un territorio possa trovare ciò
          che ha funzionato altrove e riprenderlo: chi eroga il servizio, con quanti operatori, con quali fondi,
          tecnologie, reti e canali, e se proseguirà.
        </p>
        <form
          action="/pratiche"
          method="get"
          role="search"
          aria-label="Cerca tra le pratiche"
          className="flex max-w-xl"
        >
          <label htmlFor="home-q" className="sr-only">
            Cerca tra le pratiche
          </label>
          <input
            id="home-q"
            name="q"
            type="search"
            placeholder="es. spesa a domicilio, supporto psicologico"
            className="w-full rounded-l border border-muted px-3 py-2"
          />
          <button type="submit" className="rounded-r bg-primary px-5 font-semibold text-white hover:bg-primary-dark">
            Cerca
          </button>
        </form>
        <p>
          <Link href="/pratiche" className="font-semibold">
            Sfoglia tutte le {totals.total} pratiche
          </Link>
        </p>
        {totals.samples > 0 && <SampleNotice count={totals.samples} />}
        <ProposeLink />
      </section>

      <div className="grid gap-10 md:grid-cols-2">
        <section aria-labelledby="per-regione">
          <h2 id="per-regione" className="mb-3 text-2xl font-bold">
            Per regione
          </h2>
          <CountList
            items={regions.map((r) => ({ href: `/regioni/${r.slug}`, label: r.name, count: byRegion[r.slug] ?? 0 }))}
          />
        </section>
        <section aria-labelledby="per-area">
          <h2 id="per-area" className="mb-3 text-2xl font-bold">
            Per area di utenza
          </h2>
          <CountList
            columns={2}
            items={areas.map((a) => ({ href: `/pratiche?area=${a.slug}`, label: a.label, count: byArea[a.slug] ?? 0 }))}
          />
        </section>
      </div>

      {recent.length > 0 && (
        <section aria-labelledby="recenti">
          <h2 id="recenti" className="mb-3 text-2xl font-bold">
            Aggiornate di recente
          </h2>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {recent.map((practice) => (
              <li key={practice.id}>
                <PracticeCard practice={{ ...practice, snippet: null }} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
