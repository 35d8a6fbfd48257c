import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PracticeCard } from "@/components/practices/practice-card";
import { SampleNoticeLine } from "@/components/practices/sample-notice";
import { fetchEntities, fetchEntity } from "@/lib/entities/catalogue";
import { NOT_INDEXED, SAMPLE_LABEL } from "@/lib/practices/illustrative";
import { ENTITY_KINDS, labelOf, POPULATION_BANDS, RIPARTIZIONI } from "@/lib/practices/enum-labels";
import { listingHref } from "@/lib/practices/facet-options";
import { emptyFilters, toggleFacetValue } from "@/lib/practices/search-params";

export async function generateStaticParams() {
  const entities = await fetchEntities();
  // Next needs one entry to prerender the route; unknown slugs then 404 at request time.
  return entities.length ? entities.map(({ slug }) => ({ slug })) : [{ slug: "__nessun-ente__" }];
}

export async function generateMetadata({ params }: PageProps<"/enti/[slug]">): Promise<Metadata> {
  const entity = await fetchEntity((await params).slug);
  if (!entity) return { title: "Ente non trovato", robots: { index: false } };
  // An entity is real, but a page of only illustrative sheets says nothing true about its services.
  if (entity.practices.every((practice) => practice.isSample)) {
    return {
      title: `${entity.name} — ${SAMPLE_LABEL.toLowerCase()}`,
      description: `${SAMPLE_LABEL}: schede inventate, collocate presso ${entity.name} (${entity.region.name}) per mostrare il catalogo; non descrivono servizi reali.`,
      alternates: { canonical: `/enti/${entity.slug}` },
      robots: NOT_INDEXED,
    };
  }
  return {
    title: `${entity.name} — pratiche`,
    description: `Le pratiche dei servizi sociali di ${entity.name} (${entity.region.name}) durante l'emergenza Covid-19.`,
    alternates: { canonical: `/enti/${entity.slug}` },
  };
}

const numbers = new Intl.NumberFormat("it-IT");

export default async function EntityPage({ params }: PageProps<"/enti/[slug]">) {
  const entity = await fetchEntity((await params).slug);
  if (!entity) notFound();
  const { region } = entity;
  const sameKindInRegion = toggleFacetValue(
    toggleFacetValue(emptyFilters(), "regione", region.slug),
    "ente",
    ENTITY_KINDS.find((k) => k.value === entity.kind)!.slug,
  );
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-8 px-4 py-8">
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          { label: "Regioni", href: "/regioni" },
          { label: region.name, href: `/regioni/${region.slug}` },
          { label: entity.name },
        ]}
      />
      <header className="flex flex-col gap-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-primary">
          {labelOf(ENTITY_KINDS, entity.kind)}
        </p>
        <h1 className="text-3xl font-bold">{entity.name}</h1>
        <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1" data-testid="entity-facts">
          <dt className="font-semibold">Regione</dt>
          <dd>
            <Link href={`/regioni/${region.slug}`}>{region.name}</Link> ({labelOf(RIPARTIZIONI, region.ripartizione)})
          </dd>
          {entity.province && (
            <>
              <dt className="font-semibold">Provincia</dt>
              <dd>{entity.province}</dd>
            </>
          )}
          {entity.population != null && (
            <>
              <dt className="font-semibold">Popolazione</dt>
              <dd>
                {numbers.format(entity.population)} abitanti
                {entity.populationBand && ` (${labelOf(POPULATION_BANDS, entity.populationBand)})`}
              </dd>
            </>
          )}
          {entity.istatCode && (
            <>
              <dt className="font-semibold">Codice ISTAT{entity.kind === "COMUNE" ? "" : " del capofila"}</dt>
              <dd>{entity.istatCode}</dd>
            </>
          )}
        </dl>
      </header>
      <section aria-labelledby="schede" className="flex flex-col gap-3">
        <h2 id="schede" className="text-2xl font-bold">
          {entity.practices.length === 1 ? "La pratica" : `Le ${entity.practices.length} pratiche`}
        </h2>
        {entity.practices.some((practice) => practice.isSample) && <SampleNoticeLine />}
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {entity.practices.map((practice) => (
            <li key={practice.id}>
              <PracticeCard practice={practice} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="altro" className="no-print">
        <h2 id="altro" className="mb-2 text-xl font-bold">
          Cerca altrove
        </h2>
        <ul className="list-disc pl-6">
          <li>
            <Link href={listingHref(sameKindInRegion)}>Pratiche di enti dello stesso tipo in {region.name}</Link>
          </li>
          {entity.kind === "COMUNE" && entity.istatCode && (
            <li>
              <Link href={`/comuni-simili?comune=${entity.istatCode}`}>Pratiche di comuni simili a questo</Link>
            </li>
          )}
        </ul>
      </section>
    </div>
  );
}
