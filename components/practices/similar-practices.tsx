"use client";

import { PracticeCardView, type CardWords } from "@/components/practices/practice-card-view";

/**
 * "Pratiche simili" under a sheet: the cards' words and summaries come from the server
 * (practice-card.tsx), so the payload carries them rather than the section's markup.
 */
export function SimilarPractices({
  region,
  neighbours,
  cards,
}: {
  region: string;
  /** The neighbouring regions' names, "Toscana, Lazio", or "" without neighbours. */
  neighbours: string;
  cards: [card: CardWords, summary: React.ReactNode][];
}) {
  return (
    <section aria-labelledby="simili" className="no-print mt-8">
      <h2 id="simili" className="text-2xl font-bold">
        Pratiche simili
      </h2>
      <p className="mt-1 text-muted">
        Per la stessa area di utenza, in {region}
        {neighbours && ` e nelle regioni vicine (${neighbours})`}.
      </p>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {cards.map(([card, summary]) => (
          <li key={card[0] /* the slug */}>
            <PracticeCardView card={card} summary={summary} headingLevel="h3" />
          </li>
        ))}
      </ul>
    </section>
  );
}
