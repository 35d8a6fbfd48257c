import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { OpenSubmissionReview } from "@/components/admin/open-submission-review";
import { PracticeForm } from "@/components/admin/practice-form";
import { RejectionForm } from "@/components/admin/rejection-form";
import { requirePageUser } from "@/lib/auth/session";
import { withMergedTermValues } from "@/lib/practices/form-values";
import { listEntitiesForPicker, loadReference } from "@/lib/practices/reference";
import { parseId } from "@/lib/route-params";
import { publishProposal } from "@/lib/submissions/actions";
import { SUBMISSION_KIND_LABELS, SUBMISSION_STATUS_LABELS } from "@/lib/submissions/labels";
import { findPossibleDuplicates, getSubmissionForReview, markInReview } from "@/lib/submissions/queries";

export const metadata: Metadata = { title: "Segnalazione — area riservata" };

const dateFormat = new Intl.DateTimeFormat("it-IT", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Rome" });

const OUTCOME: Record<string, string> = {
  pubblicata: "Segnalazione pubblicata: la scheda è nel catalogo.",
  respinta: "Segnalazione non pubblicata: chi l'ha inviata legge il motivo al suo link privato.",
  approvata: "Segnalazione approvata: è sulla scheda pubblica.",
};

export default async function SubmissionReviewPage({ params, searchParams }: PageProps<"/admin/segnalazioni/[id]">) {
  const { id: rawId } = await params;
  await requirePageUser("EDITOR", `/admin/segnalazioni/${rawId}`);
  const id = parseId(rawId);
  if (!id) notFound();
  await markInReview(id);
  const submission = await getSubmissionForReview(id);
  if (!submission) notFound();
  const pending = submission.status === "RECEIVED" || submission.status === "IN_REVIEW";
  const isProposal = submission.kind === "NEW_PRACTICE";
  const [reference, entities, query] = await Promise.all([loadReference(), listEntitiesForPicker(), searchParams]);
  // Sent before a vocabulary merge, a proposal names the value merged away: it is shown, compared
  // and published as the value it became, as the sheet form does with autosaved values.
  const values = withMergedTermValues(submission.values, reference.aliases);
  const duplicates = isProposal ? await findPossibleDuplicates({ ...submission, values }) : [];
  const outcome = typeof query.esito === "string" ? OUTCOME[query.esito] : undefined;

  return (
    <div className="flex flex-col gap-6">
      <Breadcrumbs items={[{ label: "Segnalazioni", href: "/admin/segnalazioni" }, { label: submission.code }]} />
      <h1 className="text-3xl font-bold">
        {SUBMISSION_KIND_LABELS[submission.kind]}: {submission.title}
      </h1>
      {outcome && (
        <p role="status" className="rounded border-l-4 border-success bg-green-50 px-3 py-2 font-semibold">
          {outcome}
        </p>
      )}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">Codice</dt>
        <dd className="font-mono">{submission.code}</dd>
        <dt className="font-semibold">Stato</dt>
        <dd data-testid="review-status">
          {SUBMISSION_STATUS_LABELS[submission.status]}
          {submission.decidedAt &&
            ` il ${dateFormat.format(submission.decidedAt)}${submission.decidedBy ? ` da ${submission.decidedBy.name}` : ""}`}
        </dd>
        <dt className="font-semibold">Arrivata il</dt>
        <dd>{dateFormat.format(submission.createdAt)}</dd>
        <dt className="font-semibold">Verifica anti-abuso</dt>
        <dd>{submission.flagged ? "assente (inviata senza JavaScript): controlla con attenzione" : "superata"}</dd>
        <dt className="font-semibold">Inviata da</dt>
        <dd>
          {submission.personalDataErasedAt
            ? "dati personali cancellati (90 giorni dopo la decisione)"
            : `${submission.submitterName ?? ""}, ${submission.submitterRole ?? ""} — ${submission.submitterEntity ?? ""} (${submission.submitterEmail ?? ""})`}
        </dd>
        {submission.rejectionReason && (
          <>
            <dt className="font-semibold">Motivo</dt>
            <dd className="whitespace-pre-line">{submission.rejectionReason}</dd>
          </>
        )}
        {submission.practice && isProposal && (
          <>
            <dt className="font-semibold">Scheda</dt>
            <dd>
              <Link href={`/admin/pratiche/${submission.practice.id}`}>{submission.practice.title}</Link>
            </dd>
          </>
        )}
      </dl>

      {submission.kind !== "NEW_PRACTICE" && (
        <OpenSubmissionReview
          id={submission.id}
          kind={submission.kind}
          values={submission.values}
          practice={submission.practice}
          entityName={submission.entityName}
          pending={pending}
        />
      )}

      {isProposal && (
        <section aria-labelledby="doppioni" className="rounded border border-line bg-surface p-4">
          <h2 id="doppioni" className="text-lg font-bold">
            Possibili doppioni
          </h2>
          {duplicates.length === 0 ? (
            <p className="mt-1 text-sm">Nessuna scheda con titolo simile o dello stesso ente e della stessa area.</p>
          ) : (
            <ul className="mt-2 list-disc pl-5 text-sm" data-testid="duplicates">
              {duplicates.map((d) => (
                <li key={d.id}>
                  <Link href={`/admin/pratiche/${d.id}`}>{d.title}</Link> — {d.entityName} ({d.reason})
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {pending && isProposal && (
        <>
          <section aria-labelledby="pubblica" className="flex flex-col gap-4">
            <h2 id="pubblica" className="text-2xl font-bold">
              Correggi e pubblica
            </h2>
            <p className="text-sm text-muted">
              La scheda è compilata con quanto inviato. Pubblicandola diventa una scheda reale del catalogo (non
              illustrativa), con la segnalazione come origine nello storico.
            </p>
            <PracticeForm
              action={publishProposal}
              hidden={{ segnalazione: String(submission.id) }}
              submitLabel="Pubblica la scheda"
              storageKey={`segnalazione-${submission.id}`}
              fixedStatus
              initialValues={{ ...values, codice: submission.code, stato: "pubblicata" }}
              reference={reference}
              entities={entities}
            />
          </section>
          <section aria-labelledby="respingi" className="flex flex-col gap-4 border-t border-line pt-6">
            <h2 id="respingi" className="text-2xl font-bold">
              Non pubblicare
            </h2>
            <RejectionForm submissionId={submission.id} />
          </section>
        </>
      )}
    </div>
  );
}
