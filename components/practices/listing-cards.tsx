"use client";

import { PracticeCardView, type CardWords } from "@/components/practices/practice-card-view";
import { toggleCompare, withCompare } from "@/lib/compare/selection";

/**
 * The listing's cards: their words and summaries come from the server (practice-card.tsx); each
 * card's "Aggiungi al confronto" link is the listing's address (`here`) with the sheet toggled in
 * the selection, written here rather than carried 24 times in the payload.
 */
export function ListingCards({
  cards,
  here,
  selection,
}: {
  cards: [card: CardWords, summary: React.ReactNode][];
  here: string;
  selection: string[];
}) {
  return (
    <ul className="listing-cards grid gap-4 sm:grid-cols-2">
      {cards.map(([card, summary]) => {
        const [slug] = card;
        return (
          <li key={slug} id={`scheda-${slug}`}>
            <PracticeCardView
              card={card}
              summary={summary}
              headingLevel="h3"
              compare={{
                href: `${withCompare(here, toggleCompare(selection, slug))}#scheda-${slug}`,
                selected: selection.includes(slug),
              }}
            />
          </li>
        );
      })}
    </ul>
  );
}
