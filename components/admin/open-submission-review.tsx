import { Link } from "@/components/link";
import { ApproveOpenForm } from "@/components/admin/approve-open-form";
import { RejectionForm } from "@/components/admin/rejection-form";
import { FOLLOW_UP_LABELS } from "@/lib/open-collection/labels";
import { followUpFromValues, replicationFromValues } from "@/lib/open-collection/input";
import type { SubmissionKind } from "@/lib/generated/prisma/enums";

type Props = {
  id: number;
  kind: Exclude<SubmissionKind, "NEW_PRACTICE">;
  values: Record<string, string | string[]>;
  practice: { slug: string; title: string; status: string } | null;
  entityName: string;
  pending: boolean;
};

/** A replication or a follow-up as sent (text only, never HTML), with approve and reject. */
export function OpenSubmissionReview({ id, kind, values, practice, entityName, pending }: Props) {
  const rows: [string, string][] =
    kind === "REPLICATION"
      ? (() => {
          const r = replicationFromValues(values);
          return [
            [
              "Ente che l'ha replicata",
              `${r.entity.name}${r.entity.istatCode ? ` (ISTAT ${r.entity.istatCode})` : ""}`,
            ],
            ["Regione", r.regionSlug],
            ["Avviata il", r.startDate ?? "—"],
            ["Cosa ha cambiato", r.changes],
            ["Nota pubblica", r.note ?? "—"],
          ];
        })()
      : (() => {
          const f = followUpFromValues(values);
          return [
            ["Ente della scheda", entityName],
            ["Alla data del", f.date],
            ["La pratica", FOLLOW_UP_LABELS[f.status]],
            ["Com'è andata", f.text],
          ];
        })();
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="contenuto" className="rounded border border-line bg-surface p-4">
        <h2 id="contenuto" className="text-lg font-bold">
          {kind === "REPLICATION" ? "La replica inviata" : "L'aggiornamento inviato"}
        </h2>
        <p className="mt-1 text-sm">
          Scheda:{" "}
          {practice ? <Link href={`/pratiche/${practice.slug}`}>{practice.title}</Link> : "non più nel catalogo"}
        </p>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" data-testid="open-submission-values">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd className="whitespace-pre-line">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {pending && (
        <>
          <section aria-labelledby="approva" className="flex flex-col gap-3">
            <h2 id="approva" className="text-2xl font-bold">
              Approva
            </h2>
            <p className="text-sm text-muted">
              Approvata, compare subito sulla scheda pubblica, nelle statistiche, nell&apos;API e nel feed, senza i dati
              di chi l&apos;ha inviata.
            </p>
            <ApproveOpenForm
              submissionId={id}
              label={kind === "REPLICATION" ? "Approva la replica" : "Approva l'aggiornamento"}
            />
          </section>
          <section aria-labelledby="respingi" className="flex flex-col gap-4 border-t border-line pt-6">
            <h2 id="respingi" className="text-2xl font-bold">
              Non pubblicare
            </h2>
            <RejectionForm submissionId={id} />
          </section>
        </>
      )}
    </div>
  );
}
