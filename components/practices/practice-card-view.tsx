"use client";

import { Link } from "@/components/link";
import { CompareToggle } from "@/components/compare/compare-toggle";
import { SampleBadge } from "@/components/practices/sample-badge";

/**
 * The words of a card, decided on the server (practice-card.tsx): a tuple rather than an object,
 * since a listing's payload carries 24 of them. `place` is "Comune di X · Region"; `areas` the
 * areas, then the operators: "Anziani · Disabili · 12 operatori".
 */
export type CardWords = [
  slug: string,
  title: string,
  type: string,
  isSample: boolean,
  place: string,
  period: string,
  areas: string,
];

export function PracticeCardView({
  card,
  summary,
  headingLevel,
  compare,
}: {
  card: CardWords;
  summary: React.ReactNode;
  headingLevel: "h2" | "h3";
  /** "Aggiungi al confronto" / "Togli dal confronto": the listing with this sheet toggled in the URL. */
  compare?: { href: string; selected: boolean };
}) {
  const Heading = headingLevel;
  const [slug, title, type, isSample, place, period, areas] = card;
  return (
    <article className="card" data-testid="practice-card">
      <div className="card-tags">
        <span className="card-type">{type}</span>
        {isSample && <SampleBadge />}
      </div>
      <Heading>
        <Link href={`/pratiche/${slug}`}>{title}</Link>
      </Heading>
      <p className="text-sm text-muted">{place}</p>
      <p className="text-sm">{summary}</p>
      <p className="card-period" data-testid="practice-card-period">
        {period}
      </p>
      <p className="card-areas">{areas}</p>
      {compare && <CompareToggle href={compare.href} selected={compare.selected} title={title} />}
    </article>
  );
}
