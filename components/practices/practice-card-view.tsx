"use client";

import Link from "next/link";
import { CompareToggle } from "@/components/compare/compare-toggle";
import { SampleBadge } from "@/components/practices/sample-badge";

/** The words of a card, decided on the server (practice-card.tsx). */
export type CardWords = {
  slug: string;
  title: string;
  type: string;
  isSample: boolean;
  /** "Comune di X · Region" */
  place: string;
  period: string;
  /** Areas, then the operators: "Anziani · Disabili · 12 operatori" */
  areas: string;
};

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
  return (
    <article className="card" data-testid="practice-card">
      <div className="card-tags">
        <span className="card-type">{card.type}</span>
        {card.isSample && <SampleBadge />}
      </div>
      <Heading className="card-title">
        <Link href={`/pratiche/${card.slug}`}>{card.title}</Link>
      </Heading>
      <p className="text-sm text-muted">{card.place}</p>
      <p className="text-sm">{summary}</p>
      <p className="card-period" data-testid="practice-card-period">
        {card.period}
      </p>
      <p className="card-areas">{card.areas}</p>
      {compare && <CompareToggle href={compare.href} selected={compare.selected} title={card.title} />}
    </article>
  );
}
