import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PracticeTabs } from "@/components/admin/practice-tabs";
import { RevisionList, type RevisionView } from "@/components/admin/revision-list";
import { AuditChangesView } from "@/components/admin/audit-changes";
import { UnscheduledNotice } from "@/components/admin/unscheduled-notice";
import { AUDIT_ACTIONS, type AuditAction } from "@/lib/audit/catalogue";
import { vocabularyEventsOf } from "@/lib/audit/queries";
import { requirePageUser } from "@/lib/auth/session";
import { parseId } from "@/lib/route-params";
import { getPracticeForEdit, listRevisions } from "@/lib/practices/admin-queries";
import { UNSCHEDULED_PARAM } from "@/lib/practices/publish";
import { loadReference } from "@/lib/practices/reference";
import { diffSnapshots } from "@/lib/practices/snapshot";

export const metadata: Metadata = { title: "Storico della scheda — area riservata" };

const SOURCE = {
  FORM: "modifica dal modulo",
  IMPORT: "importazione",
  RESTORE: "ripristino di una versione precedente",
  SUBMISSION: "pubblicazione di una segnalazione",
} as const;

const dateTime = new Intl.DateTimeFormat("it-IT", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Rome" });

export default async function PracticeHistoryPage({ params, searchParams }: PageProps<"/admin/pratiche/[id]/storico">) {
  const { id: rawId } = await params;
  await requirePageUser("EDITOR", `/admin/pratiche/${rawId}/storico`);
  const id = parseId(rawId);
  const practice = id ? await getPracticeForEdit(id) : null;
  if (!practice) notFound();
  const [revisions, reference, query, vocabularyEvents] = await Promise.all([
    listRevisions(practice.id),
    loadReference(),
    searchParams,
    vocabularyEventsOf(practice.id),
  ]);
  const label = (vocabulary: string, slug: string) =>
    reference.terms.find((t) => t.vocabulary === vocabulary && t.slug === slug)?.label ?? slug;

  const views: RevisionView[] = revisions.map((revision, index) => {
    const previous = revisions[index + 1];
    return {
      id: revision.id,
      version: revision.version,
      createdAt: revision.createdAt,
      author:
        revision.user?.name ??
        (revision.importJob ? `importazione di «${revision.importJob.fileName}»` : "dati caricati all'avvio"),
      sourceLabel: `${SOURCE[revision.source]}${
        !revision.draft
          ? ""
          : revision.version === practice.draftVersion
            ? " · non ancora pubblicata"
            : " · mai pubblicata"
      }`,
      changes: previous ? diffSnapshots(previous.snapshot, revision.snapshot, label) : [],
    };
  });

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Storico: {practice.title}</h1>
      <PracticeTabs
        id={practice.id}
        current="storico"
        publicSlug={practice.status === "PUBLISHED" ? practice.slug : null}
      />
      {query.esito === "ripristinata" && (
        <p role="status" className="rounded border-l-4 border-success bg-green-50 px-3 py-2 font-semibold">
          Ripristinato il contenuto della versione {String(query.versione)} come nuova versione
          {practice.draftVersion !== null &&
            ": è una bozza, da pubblicare con «Pubblica modifiche» nella pagina Modifica"}
          .
        </p>
      )}
      {query[UNSCHEDULED_PARAM] !== undefined && <UnscheduledNotice />}
      {query.esito === "conflitto" && (
        <p role="alert" className="rounded border-l-4 border-danger bg-red-50 px-3 py-2 font-semibold">
          Nel frattempo la scheda è stata modificata: controlla le versioni qui sotto e riprova.
        </p>
      )}
      {vocabularyEvents.length > 0 && (
        <section aria-labelledby="vocabolari" className="flex flex-col gap-3">
          <h2 id="vocabolari" className="text-xl font-bold">
            Modifiche dei vocabolari che riguardano questa scheda
          </h2>
          <p className="text-sm text-muted">
            Unioni e cambi di etichetta delle voci: non creano una nuova versione della scheda.
          </p>
          <ol className="flex flex-col gap-3">
            {vocabularyEvents.map((event) => (
              <li key={event.id} className="rounded border border-line p-3" data-testid="vocabulary-event">
                <p className="font-semibold">
                  {AUDIT_ACTIONS[event.action as AuditAction] ?? event.action}: {event.targetLabel}
                </p>
                <p className="text-sm">
                  {dateTime.format(event.createdAt)} · {event.actor?.name ?? "riga di comando"}
                  {event.undoneAt && " · annullata"}
                </p>
                <AuditChangesView changes={event.changes} />
              </li>
            ))}
          </ol>
        </section>
      )}
      {views.length === 0 ? (
        <p>Questa scheda non ha ancora modifiche registrate.</p>
      ) : (
        <RevisionList revisions={views} currentVersion={practice.version} />
      )}
    </div>
  );
}
