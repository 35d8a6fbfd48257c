import Link from "next/link";
import { CompareToggle } from "@/components/compare/compare-toggle";
import { HighlightedText } from "@/components/practices/highlighted-text";
import { SampleBadge } from "@/components/practices/sample-badge";
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
  const Heading = headingLevel;
  const areas = practice.terms.filter(({ term }) => term.vocabulary === "AREA").map(({ term }) => term.label);
  const started = practice.startDate ? `Avviato nel ${practice.startDate.getUTCFullYear()}` : "Avvio non indicato";
  return (
    <article
      className="flex h-full flex-col gap-2 rounded border border-line bg-white p-4 shadow-sm"
      data-testid="practice-card"
    >
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="rounded bg-primary-lightest px-2 py-0.5 font-semibold text-primary-darker">
          {labelOf(SERVICE_TYPES, practice.serviceType)}
        </span>
        {practice.isSample && <SampleBadge />}
      </div>
      <Heading className="text-lg font-bold leading-snug">
        <Link href={`/pratiche/${practice.slug}`}>{practice.title}</Link>
      </Heading>
      <p className="text-sm text-muted">
        {practice.entity.name} · {practice.entity.region.name}
      </p>
      <p className="text-sm">
        {practice.snippet ? (
          <HighlightedText text={tidySnippet(practice.snippet, `${practice.summary} ${practice.description}`)} />
        ) : (
          clipAtWord(practice.summary, SUMMARY_CHARS)
        )}
      </p>
      <p className="text-sm font-semibold" data-testid="practice-card-period">
        {started} · {CONTINUES[practice.sustainability]}
      </p>
      <p className="mt-auto text-xs text-muted">
        {areas.join(" · ")}
        {practice.operatorsTotal != null && ` · ${practice.operatorsTotal} operatori`}
      </p>
      {compare && <CompareToggle href={compare.href} selected={compare.selected} title={practice.title} />}
    </article>
  );
}
