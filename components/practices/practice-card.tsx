import { HighlightedText } from "@/components/practices/highlighted-text";
import { PracticeCardView, type CardWords } from "@/components/practices/practice-card-view";
import { labelOf, SERVICE_TYPES } from "@/lib/practices/enum-labels";
import type { PracticeCard as PracticeCardData } from "@/lib/practices/queries";
import { clipAtWord, tidySnippet } from "@/lib/practices/snippet";
import type { Sustainability } from "@/lib/generated/prisma/enums";

/** Whether the service goes on, as a card says it in two words. */
const CONTINUES: Record<Sustainability, string> = {
  CONTINUA: "prosegue dopo l'emergenza",
  PARZIALE: "prosegue in parte",
  TERMINA: "terminato con l'emergenza",
  NON_NOTO: "prosecuzione non decisa",
};

/** A card's summary: long enough to judge the sheet, short enough to keep the list scannable. */
const SUMMARY_CHARS = 180;

/** A card's words but its summary, for PracticeCardView. */
export function cardWords(practice: PracticeCardData): CardWords {
  const areas = practice.terms.filter(({ term }) => term.vocabulary === "AREA").map(({ term }) => term.label);
  const started = practice.startDate ? `Avviato nel ${practice.startDate.getUTCFullYear()}` : "Avvio non indicato";
  return [
    practice.slug,
    practice.title,
    labelOf(SERVICE_TYPES, practice.serviceType),
    practice.isSample,
    `${practice.entity.name} · ${practice.entity.region.name}`,
    `${started} · ${CONTINUES[practice.sustainability]}`,
    areas.join(" · ") + (practice.operatorsTotal != null ? ` · ${practice.operatorsTotal} operatori` : ""),
  ];
}

/** A card's summary: the search snippet with its words highlighted, or the sheet's summary clipped. */
export function cardSummary(practice: PracticeCardData): React.ReactNode {
  return practice.snippet ? (
    <HighlightedText text={tidySnippet(practice.snippet, `${practice.summary} ${practice.description}`)} />
  ) : (
    clipAtWord(practice.summary, SUMMARY_CHARS)
  );
}

/**
 * A sheet's card. The words are decided here, on the server; the markup is PracticeCardView, a
 * client component, so that the page's payload carries these few strings rather than the card's
 * whole element tree (and never the sheet's full description).
 */
export function PracticeCard({
  practice,
  headingLevel = "h3",
  compare,
}: {
  practice: PracticeCardData;
  headingLevel?: "h2" | "h3";
  /** Shows "Aggiungi al confronto" / "Togli dal confronto", a link to the listing with the selection toggled. */
  compare?: { href: string; selected: boolean };
}) {
  return (
    <PracticeCardView
      card={cardWords(practice)}
      summary={cardSummary(practice)}
      headingLevel={headingLevel}
      compare={compare}
    />
  );
}
