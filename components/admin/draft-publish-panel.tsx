import { Link } from "@/components/link";
import { ScheduleForm } from "@/components/admin/schedule-form";
import { dateToRomeLocal } from "@/lib/practices/rome-time";

const dateTime = new Intl.DateTimeFormat("it-IT", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Rome" });

type Props = {
  practiceId: number;
  draft: { version: number; savedAt: Date | null; by: string | null; publishAt: Date | null };
};

/** A published sheet with saved changes the public does not see yet. */
export function DraftPublishPanel({ practiceId, draft }: Props) {
  return (
    <section
      aria-labelledby="modifiche-non-pubblicate"
      className="rounded border-2 border-warning bg-yellow-50 p-4"
      data-testid="draft-panel"
    >
      <h2 id="modifiche-non-pubblicate" className="text-xl font-bold">
        Modifiche non pubblicate
      </h2>
      <p className="mt-1">
        Le modifiche salvate (versione {draft.version}
        {draft.by && `, di ${draft.by}`}
        {draft.savedAt && `, ${dateTime.format(draft.savedAt)}`}) non sono ancora sul sito: la pagina pubblica mostra la
        versione pubblicata finché non premi <strong>Pubblica modifiche</strong>
        {draft.publishAt && (
          <>
            {" "}
            o fino al <strong>{dateTime.format(draft.publishAt)}</strong>, quando saranno pubblicate automaticamente
          </>
        )}
        . <Link href={`/admin/pratiche/${practiceId}/anteprima`}>Anteprima delle modifiche salvate</Link>
      </p>
      <ScheduleForm
        practiceId={practiceId}
        version={draft.version}
        scheduled={draft.publishAt ? dateToRomeLocal(draft.publishAt) : null}
      />
    </section>
  );
}
