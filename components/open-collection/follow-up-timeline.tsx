import type { Sustainability } from "@/lib/generated/prisma/enums";
import { DECLARED_2020, FOLLOW_UP_LABELS } from "@/lib/open-collection/labels";
import type { PublicFollowUp } from "@/lib/open-collection/queries";

const dateFormat = new Intl.DateTimeFormat("it-IT", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/**
 * The sheet's sustainability: the latest follow-up is the current state; the 2020 declaration is
 * kept and quoted as such; the follow-ups form a dated timeline under it, newest first.
 */
export function FollowUpTimeline({
  declared,
  declaredNote,
  followUps,
}: {
  declared: Sustainability;
  declaredNote: string | null;
  followUps: PublicFollowUp[];
}) {
  const [latest] = followUps;
  return (
    <div className="flex flex-col gap-3" data-testid="follow-up-timeline">
      {latest && (
        <p className="font-semibold" data-testid="current-sustainability">
          Oggi: {FOLLOW_UP_LABELS[latest.status].toLowerCase()}{" "}
          <span className="font-normal text-muted">(aggiornamento del {dateFormat.format(latest.date)})</span>
        </p>
      )}
      <div className="border-l-4 border-line pl-3">
        <p>
          <span className="font-semibold">Nel 2020 dichiarava:</span> {DECLARED_2020[declared]}
        </p>
        {declaredNote && <p className="whitespace-pre-line text-muted">{declaredNote}</p>}
      </div>
      {followUps.length > 0 && (
        <ol className="flex flex-col gap-3" aria-label="Com'è andata dopo">
          {followUps.map((f) => (
            <li key={f.id} className="border-l-4 border-primary pl-3">
              <p className="font-semibold">
                <time dateTime={f.date.toISOString().slice(0, 10)}>{dateFormat.format(f.date)}</time>:{" "}
                {FOLLOW_UP_LABELS[f.status].toLowerCase()}
                {f.byStaff && <span className="font-normal text-muted"> · dalla redazione</span>}
              </p>
              <p className="whitespace-pre-line">{f.text}</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
