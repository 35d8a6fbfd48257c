import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { siteMailer } from "@/lib/mail/site-mailer";
import { SUBMISSION_KIND_LABELS, SUBMISSION_STATUS_LABELS } from "@/lib/submissions/labels";
import { findSubmissionStatus } from "@/lib/submissions/queries";

// The submitter's private page: its address holds the token, so it is never indexed and never
// sent on as a Referer.
export const metadata: Metadata = {
  title: "Stato della segnalazione",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

export const instant = false;

const dateFormat = new Intl.DateTimeFormat("it-IT", { dateStyle: "long", timeZone: "Europe/Rome" });

const EXPLANATION = {
  RECEIVED: "La segnalazione è arrivata e aspetta di essere letta dalla redazione.",
  IN_REVIEW: "La redazione la sta esaminando.",
  PUBLISHED: "La pratica è nel catalogo.",
  REJECTED: "La redazione ha deciso di non pubblicarla.",
} as const;

export default async function SubmissionStatusPage({ params, searchParams }: PageProps<"/segnala/stato/[token]">) {
  await connection();
  const [{ token }, query] = await Promise.all([params, searchParams]);
  const submission = await findSubmissionStatus(token);
  if (!submission) notFound();
  const justSent = query.inviata === "1";
  const published = submission.status === "PUBLISHED" && submission.practice?.status === "PUBLISHED";
  const explanation =
    submission.status === "PUBLISHED" && submission.kind !== "NEW_PRACTICE"
      ? submission.kind === "REPLICATION"
        ? "La replica è sulla scheda della pratica."
        : "L'aggiornamento è sulla scheda della pratica."
      : EXPLANATION[submission.status];

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8">
      {justSent && (
        <div role="status" className="rounded border-l-4 border-success bg-green-50 px-4 py-3">
          <h1 className="text-2xl font-bold">Segnalazione inviata: grazie!</h1>
          <p className="mt-2">
            Conserva il codice e l&apos;indirizzo di questa pagina (aggiungila ai preferiti): è privato, solo chi lo ha
            può vedere lo stato della segnalazione.{" "}
            {siteMailer()
              ? "Te li abbiamo mandati anche all'e-mail indicata, dove ti scriveremo l'esito."
              : "La redazione non invia e-mail: l'esito si legge qui."}
          </p>
        </div>
      )}
      {!justSent && <h1 className="text-3xl font-bold">Stato della segnalazione</h1>}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        <dt className="font-semibold">Codice</dt>
        <dd data-testid="submission-code" className="font-mono">
          {submission.code}
        </dd>
        <dt className="font-semibold">
          {submission.kind === "NEW_PRACTICE" ? "Pratica" : SUBMISSION_KIND_LABELS[submission.kind]}
        </dt>
        <dd>{submission.title}</dd>
        <dt className="font-semibold">Inviata il</dt>
        <dd>{dateFormat.format(submission.createdAt)}</dd>
        <dt className="font-semibold">Stato</dt>
        <dd data-testid="submission-status" className="font-bold">
          {SUBMISSION_STATUS_LABELS[submission.status]}
        </dd>
      </dl>
      <p>{explanation}</p>
      {published && submission.practice && (
        <p>
          <Link href={`/pratiche/${submission.practice.slug}`} className="font-semibold">
            Vai alla scheda pubblicata
          </Link>
        </p>
      )}
      {submission.status === "REJECTED" && submission.rejectionReason && (
        <section aria-labelledby="motivo" className="rounded border border-line bg-surface p-4">
          <h2 id="motivo" className="font-bold">
            Il motivo
          </h2>
          <p data-testid="rejection-reason" className="mt-1 whitespace-pre-line">
            {submission.rejectionReason}
          </p>
        </section>
      )}
      <p className="text-sm text-muted">
        <Link href="/segnala">Segnala un&apos;altra pratica</Link>
      </p>
    </div>
  );
}
