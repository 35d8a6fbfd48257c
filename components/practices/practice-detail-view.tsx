"use client";

import { Link } from "@/components/link";
import { InBrief, type BriefWords } from "@/components/practices/in-brief";
import { SampleNotice } from "@/components/practices/sample-notice";

/** A vocabulary's terms on the sheet, as [slug, label]. */
export type TermWords = [slug: string, label: string][];

/** The words of a sheet page, decided on the server (practice-detail.tsx). */
export type SheetWords = {
  type: string;
  title: string;
  entity: { slug: string; name: string };
  region: { slug: string; name: string };
  isSample: boolean;
  brief: BriefWords;
  summary: string;
  /** The sections before "Sostenibilità", in TEXTS' order (null: "Non indicato"). */
  texts: (string | null)[];
  sustainability: [label: string, note: string | null];
  /** The optional sections after it, in ADVICE's order (null: not shown). */
  advice: (string | null)[];
  technology: TermWords;
  network: TermWords;
  channel: TermWords;
  funding: TermWords;
  fundingNote: string | null;
  areas: TermWords;
  facts: {
    entity: string;
    province: string | null;
    population: string | null;
    operators: string;
    started: string | null;
    contact: string | null;
    code: string;
  };
  /** "regione=a&regione=b…": the sheet's region and its neighbours, null without neighbours. */
  nearby: string | null;
};

const TEXTS = ["Descrizione del servizio", "Cosa c'è di innovativo", "Riscontri di operatori e cittadini"];
const ADVICE = ["Risorse necessarie", "Difficoltà incontrate", "Consigli per chi vuole replicarla"];

function TermLinks({ terms, facet }: { terms: TermWords; facet: string }) {
  if (terms.length === 0) return <p className="text-muted">Non indicato</p>;
  return (
    <ul className="flex flex-wrap gap-2">
      {terms.map(([slug, label]) => (
        <li key={slug}>
          <Link href={`/pratiche?${facet}=${slug}`} className="term-link">
            {label}
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
function RelatedLinks({ words }: { words: SheetWords }) {
  const { region, nearby } = words;
  return (
    <section className="sheet-box" aria-labelledby="collegate">
      <h2 id="collegate" className="text-lg font-bold">
        Altre pratiche per la stessa utenza
      </h2>
      <ul className="mt-2 flex flex-col gap-2 text-sm" data-testid="related-links">
        {words.areas.map(([slug, label]) => (
          <li key={slug}>
            {label}: <Link href={`/pratiche?regione=${region.slug}&area=${slug}`}>in {region.name}</Link>
            {nearby && (
              <>
                {" · "}
                <Link href={`/pratiche?${nearby}&area=${slug}`}>anche nelle regioni vicine</Link>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Fact({ term, children, testId }: { term: string; children: string; testId?: string }) {
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd data-testid={testId}>{children}</dd>
    </>
  );
}

/**
 * A sheet's page body. A client component only so that the page's payload carries the words
 * above rather than this element tree: it renders the same markup on the server.
 */
export function PracticeDetailView({
  words,
  actions,
  sustainability,
}: {
  words: SheetWords;
  actions?: React.ReactNode;
  sustainability?: React.ReactNode;
}) {
  const { entity, region, facts } = words;
  return (
    <article className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <p className="text-sm font-semibold uppercase tracking-wide text-primary">{words.type}</p>
        <h1 className="text-3xl font-bold leading-tight md:text-4xl">{words.title}</h1>
        <p className="text-lg">
          <Link href={`/enti/${entity.slug}`}>{entity.name}</Link> ·{" "}
          <Link href={`/regioni/${region.slug}`}>{region.name}</Link>
        </p>
        {words.isSample && <SampleNotice single />}
        <InBrief words={words.brief} />
        {actions}
        <p className="text-xl leading-relaxed">{words.summary}</p>
      </header>

      <div className="grid gap-10 lg:grid-cols-[1fr_20rem]">
        <div className="flex flex-col gap-8">
          {TEXTS.map((title, i) => (
            <Section key={title} title={title}>
              <Paragraphs text={words.texts[i] ?? null} />
            </Section>
          ))}
          <Section title="Sostenibilità">
            {sustainability ?? (
              <>
                <p className="font-semibold">{words.sustainability[0]}</p>
                {words.sustainability[1] && <Paragraphs text={words.sustainability[1]} />}
              </>
            )}
          </Section>
          {ADVICE.map(
            (title, i) =>
              words.advice[i] && (
                <Section key={title} title={title}>
                  <Paragraphs text={words.advice[i]} />
                </Section>
              ),
          )}
          <Section title="Tecnologie utilizzate">
            <TermLinks terms={words.technology} facet="tecnologia" />
          </Section>
          <Section title="Reti di collaborazione">
            <TermLinks terms={words.network} facet="rete" />
          </Section>
          <Section title="Canali di comunicazione">
            <TermLinks terms={words.channel} facet="canale" />
          </Section>
        </div>

        <aside className="flex flex-col gap-6" aria-label="In sintesi">
          <section className="sheet-box" aria-labelledby="finanziamento">
            <h2 id="finanziamento" className="text-lg font-bold">
              Finanziamento
            </h2>
            <div className="mt-2">
              <TermLinks terms={words.funding} facet="finanziamento" />
            </div>
            {words.fundingNote && <p className="mt-2 text-sm">{words.fundingNote}</p>}
          </section>
          <section className="sheet-box" aria-labelledby="scheda">
            <h2 id="scheda" className="text-lg font-bold">
              La scheda
            </h2>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <Fact term="Ente">{facts.entity}</Fact>
              {facts.province && <Fact term="Provincia">{facts.province}</Fact>}
              {facts.population && <Fact term="Popolazione">{facts.population}</Fact>}
              <Fact term="Operatori" testId="operators">
                {facts.operators}
              </Fact>
              {facts.started && <Fact term="Avvio">{facts.started}</Fact>}
              {facts.contact && (
                <>
                  <dt className="font-semibold">Contatto</dt>
                  <dd data-testid="public-contact" className="break-words">
                    {facts.contact}
                  </dd>
                </>
              )}
              <Fact term="Codice" testId="practice-code">
                {facts.code}
              </Fact>
            </dl>
          </section>
          <section className="sheet-box" aria-labelledby="utenza">
            <h2 id="utenza" className="text-lg font-bold">
              Aree di utenza
            </h2>
            <div className="mt-2">
              <TermLinks terms={words.areas} facet="area" />
            </div>
          </section>
          <RelatedLinks words={words} />
        </aside>
      </div>
    </article>
  );
}
