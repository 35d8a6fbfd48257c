import { FOLLOW_UP_LABELS } from "@/lib/open-collection/labels";
import type { PublicFollowUp } from "@/lib/open-collection/queries";
import { ENTITY_KINDS, labelOf, SUSTAINABILITY } from "@/lib/practices/enum-labels";
import type { PracticeDetail } from "@/lib/practices/queries";

const monthYear = new Intl.DateTimeFormat("it-IT", { month: "long", year: "numeric", timeZone: "UTC" });

/**
 * "In breve": the facts a reader checks first, at the top of the sheet (first on a phone too).
 * Sustainability is the latest follow-up's when there is one, as in the section below.
 */
export function InBrief({ practice, latest }: { practice: PracticeDetail; latest?: PublicFollowUp }) {
  const declared = labelOf(SUSTAINABILITY, practice.sustainability);
  const { entity } = practice;
  const operators =
    practice.operatorsTotal == null
      ? "non indicato"
      : `${practice.operatorsTotal}${practice.operatorsVolunteers ? `, di cui ${practice.operatorsVolunteers} volontari` : ""}`;
  return (
    <section
      aria-labelledby="in-breve"
      className="rounded border-l-4 border-primary bg-surface p-4"
      data-testid="in-brief"
    >
      <h2 id="in-breve" className="text-lg font-bold">
        In breve
      </h2>
      <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-2">
        <div>
          <dt className="text-sm font-semibold text-muted">Ente</dt>
          <dd>
            {entity.name} ({labelOf(ENTITY_KINDS, entity.kind).toLowerCase()}
            {entity.province ? `, ${entity.province}` : ""})
          </dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-muted">Avvio</dt>
          <dd>{practice.startDate ? monthYear.format(practice.startDate) : "non indicato"}</dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-muted">Operatori coinvolti</dt>
          <dd>{operators}</dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-muted">Sostenibilità</dt>
          <dd>
            {latest
              ? `${FOLLOW_UP_LABELS[latest.status]} (aggiornamento di ${monthYear.format(latest.date)}; nel 2020: ${declared.toLowerCase()})`
              : declared}
          </dd>
        </div>
      </dl>
    </section>
  );
}
