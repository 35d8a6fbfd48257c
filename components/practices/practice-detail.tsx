import Link from "next/link";
import { InBrief } from "@/components/practices/in-brief";
import { SampleNotice } from "@/components/practices/sample-notice";
import type { Vocabulary } from "@/lib/generated/prisma/enums";
import { ENTITY_KINDS, labelOf, POPULATION_BANDS, SERVICE_TYPES, SUSTAINABILITY } from "@/lib/practices/enum-labels";
import type { PracticeDetail as PracticeDetailData } from "@/lib/practices/queries";
import type { PublicFollowUp } from "@/lib/open-collection/queries";

const VOCABULARY_FACET: Record<Vocabulary, string> = {
  AREA: "area",
  FUNDING: "finanziamento",
  TECHNOLOGY: "tecnologia",
  NETWORK: "rete",
  CHANNEL: "canale",
};

const dateFormat = new Intl.DateTimeFormat("it-IT", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

function TermLinks({ practice, vocabulary }: { practice: PracticeDetailData; vocabulary: Vocabulary }) {
  const terms = practice.terms.filter(({ term }) => term.vocabulary === vocabulary).map(({ term }) => term);
  if (terms.length === 0) return <p className="text-muted">Non indicato</p>;
  return (
    <ul className="flex flex-wrap gap-2">
      {terms.map((term) => (
        <li key={term.id}>
          <Link
            href={`/pratiche?${VOCABULARY_FACET[vocabulary]}=${term.slug}`}
            className="inline-block rounded border border-line px-2 py-1 text-sm"
          >
            {term.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="flex flex-col gap-2">
      <h2 className="text-xl font-bold">{title}</h2>
      {children}
    </section>
  );
}

function Paragraphs({ text }: { text: string | null }) {
  if (!text) return <p className="text-muted">Non indicato</p>;
  return text.split(/\n{2,}/).map((paragraph, index) => (
    <p key={index} className="whitespace-pre-line leading-relaxed">
      {paragraph}
    </p>
  ));
}

/** Links to the listing of the sheet's areas in its region, and in it and its neighbouring regions. */
function RelatedLinks({ practice, neighbours }: { practice: PracticeDetailData; neighbours: { slug: string }[] }) {
  const region = practice.entity.region;
  const areas = practice.terms.filter(({ term }) => term.vocabulary === "AREA").map(({ term }) => term);
  const nearby = [region, ...neighbours].map((r) => `regione=${r.slug}`).join("&");
  return (
    <section className="rounded border border-line bg-surface p-4" aria-labelledby="collegate">
      <h2 id="collegate" className="text-lg font-bold">
        Altre pratiche per la stessa utenza
      </h2>
      <ul className="mt-2 flex flex-col gap-2 text-sm" data-testid="related-links">
        {areas.map((area) => (
          <li key={area.id}>
            {area.label}: <Link href={`/pratiche?regione=${region.slug}&area=${area.slug}`}>in {region.name}</Link>
            {neighbours.length > 0 && (
              <>
                {" · "}
                <Link href={`/pratiche?${nearby}&area=${area.slug}`}>anche nelle regioni vicine</Link>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PracticeDetail({
  practice,
  neighbours = [],
  actions,
  sustainability,
  latestFollowUp,
}: {
  practice: PracticeDetailData;
  /** The regions bordering the sheet's, for the related links. */
  neighbours?: { slug: string }[];
  /** Shown under "In breve" (e.g. "Aggiungi al confronto"). */
  actions?: React.ReactNode;
  /** The sustainability section's body when the sheet has follow-ups (the 2020 value and the timeline). */
  sustainability?: React.ReactNode;
  /** The latest approved follow-up: "In breve" gives its status as the sheet's current one. */
  latestFollowUp?: PublicFollowUp;
}) {
  const { entity } = practice;
  const band = entity.populationBand ? labelOf(POPULATION_BANDS, entity.populationBand) : null;
  return (
    <article className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <p className="text-sm font-semibold uppercase tracking-wide text-primary">
          {labelOf(SERVICE_TYPES, practice.serviceType)}
        </p>
        <h1 className="text-3xl font-bold leading-tight md:text-4xl">{practice.title}</h1>
        <p className="text-lg">
          <Link href={`/enti/${entity.slug}`}>{entity.name}</Link> ·{" "}
          <Link href={`/regioni/${entity.region.slug}`}>{entity.region.name}</Link>
        </p>
        {practice.isSample && <SampleNotice single />}
        <InBrief practice={practice} latest={latestFollowUp} />
        {actions}
        <p className="text-xl leading-relaxed">{practice.summary}</p>
      </header>

      <div className="grid gap-10 lg:grid-cols-[1fr_20rem]">
        <div className="flex flex-col gap-8">
          <Section title="Descrizione del servizio">
            <Paragraphs text={practice.description} />
          </Section>
          <Section title="Cosa c'è di innovativo">
            <Paragraphs text={practice.innovation} />
          </Section>
          <Section title="Riscontri di operatori e cittadini">
            <Paragraphs text={practice.feedback} />
          </Section>
          <Section title="Sostenibilità">
            {sustainability ?? (
              <>
                <p className="font-semibold">{labelOf(SUSTAINABILITY, practice.sustainability)}</p>
                {practice.sustainabilityNote && <Paragraphs text={practice.sustainabilityNote} />}
              </>
            )}
          </Section>
          {practice.resourcesNeeded && (
            <Section title="Risorse necessarie">
              <Paragraphs text={practice.resourcesNeeded} />
            </Section>
          )}
          {practice.difficulties && (
            <Section title="Difficoltà incontrate">
              <Paragraphs text={practice.difficulties} />
            </Section>
          )}
          {practice.replicationAdvice && (
            <Section title="Consigli per chi vuole replicarla">
              <Paragraphs text={practice.replicationAdvice} />
            </Section>
          )}
          <Section title="Tecnologie utilizzate">
            <TermLinks practice={practice} vocabulary="TECHNOLOGY" />
          </Section>
          <Section title="Reti di collaborazione">
            <TermLinks practice={practice} vocabulary="NETWORK" />
          </Section>
          <Section title="Canali di comunicazione">
            <TermLinks practice={practice} vocabulary="CHANNEL" />
          </Section>
        </div>

        <aside className="flex flex-col gap-6" aria-label="In sintesi">
          <section className="rounded border border-line bg-surface p-4" aria-labelledby="finanziamento">
            <h2 id="finanziamento" className="text-lg font-bold">
              Finanziamento
            </h2>
            <div className="mt-2">
              <TermLinks practice={practice} vocabulary="FUNDING" />
            </div>
            {practice.fundingNote && <p className="mt-2 text-sm">{practice.fundingNote}</p>}
          </section>
          <section className="rounded border border-line bg-surface p-4" aria-labelledby="scheda">
            <h2 id="scheda" className="text-lg font-bold">
              La scheda
            </h2>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="font-semibold">Ente</dt>
              <dd>
                {entity.name} ({labelOf(ENTITY_KINDS, entity.kind).toLowerCase()})
              </dd>
              {entity.province && (
                <>
                  <dt className="font-semibold">Provincia</dt>
                  <dd>{entity.province}</dd>
                </>
              )}
              {band && (
                <>
                  <dt className="font-semibold">Popolazione</dt>
                  <dd>{band}</dd>
                </>
              )}
              <dt className="font-semibold">Operatori</dt>
              <dd data-testid="operators">
                {practice.operatorsTotal ?? "non indicato"}
                {practice.operatorsStaff != null && ` (${practice.operatorsStaff} del servizio`}
                {practice.operatorsVolunteers != null && `, ${practice.operatorsVolunteers} volontari`}
                {practice.operatorsStaff != null && ")"}
              </dd>
              {practice.startDate && (
                <>
                  <dt className="font-semibold">Avvio</dt>
                  <dd>{dateFormat.format(practice.startDate)}</dd>
                </>
              )}
              {practice.publicContact && (
                <>
                  <dt className="font-semibold">Contatto</dt>
                  <dd data-testid="public-contact" className="break-words">
                    {practice.publicContact}
                  </dd>
                </>
              )}
              <dt className="font-semibold">Codice</dt>
              <dd data-testid="practice-code">{practice.code}</dd>
            </dl>
          </section>
          <section className="rounded border border-line bg-surface p-4" aria-labelledby="utenza">
            <h2 id="utenza" className="text-lg font-bold">
              Aree di utenza
            </h2>
            <div className="mt-2">
              <TermLinks practice={practice} vocabulary="AREA" />
            </div>
          </section>
          <RelatedLinks practice={practice} neighbours={neighbours} />
        </aside>
      </div>
    </article>
  );
}
