import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PracticeForm } from "@/components/admin/practice-form";
import { PracticeTabs } from "@/components/admin/practice-tabs";
import { PresenceNotice } from "@/components/admin/presence-notice";
import { StatusBadge } from "@/components/admin/status-badge";
import { requirePageUser } from "@/lib/auth/session";
import { JOINED_ENTITY_PARAM, UNAPPLIED_PARAM, unappliedWords } from "@/lib/entities/unapplied-fields";
import { HEARTBEAT_MS } from "@/lib/presence/presence";
import { openEditPage } from "@/lib/presence/queries";
import { getEditingHead, getPracticeForEdit } from "@/lib/practices/admin-queries";
import { parseId } from "@/lib/route-params";
import { getEditorDraft } from "@/lib/drafts/queries";
import { comparableValues, formValuesFromSnapshot, withMergedTermValues } from "@/lib/practices/form-values";
import { mergedLabels } from "@/lib/practices/merge-display";
import { listEntitiesForPicker, loadReference } from "@/lib/practices/reference";
import { DraftPublishPanel } from "@/components/admin/draft-publish-panel";
import { SetAsideNotice } from "@/components/admin/set-aside-notice";
import { UnscheduledNotice } from "@/components/admin/unscheduled-notice";
import { UNSCHEDULED_PARAM } from "@/lib/practices/publish";

export const metadata: Metadata = { title: "Modifica scheda — area riservata" };

const OUTCOME: Record<string, string> = {
  created: "Scheda creata.",
  updated: "Modifiche salvate.",
  unchanged: "Nessuna modifica da salvare.",
  bozza: "Modifiche salvate. Sono una bozza: la pagina pubblica non cambia finché non premi «Pubblica modifiche».",
  pubblicata: "Modifiche pubblicate: la pagina pubblica mostra ora questa versione.",
  "unite-non-pubblicate":
    "Modifiche salvate come bozza, ma non pubblicate: nel frattempo un'altra persona aveva salvato modifiche che non avevi visto, ora unite alle tue. Controlla la scheda qui sotto, poi premi «Pubblica modifiche».",
  "non-pubblicata":
    "Le modifiche non sono state pubblicate: la scheda è cambiata nel frattempo. Controlla la versione qui sotto.",
  programmata: "Pubblicazione programmata.",
  "programmazione-annullata": "Pubblicazione programmata annullata.",
};

export default async function EditPracticePage({ params, searchParams }: PageProps<"/admin/pratiche/[id]">) {
  const { id: rawId } = await params;
  const user = await requirePageUser("EDITOR", `/admin/pratiche/${rawId}`);
  const id = parseId(rawId);
  const practice = id ? await getPracticeForEdit(id) : null;
  if (!practice) notFound();
  const [reference, entities, query, others, draft, head] = await Promise.all([
    loadReference(),
    listEntitiesForPicker(),
    searchParams,
    openEditPage(practice.id, user.id),
    getEditorDraft(user.id, practice.id),
    getEditingHead(practice),
  ]);
  const outcome = typeof query.esito === "string" ? OUTCOME[query.esito] : undefined;
  const merged = typeof query.unite === "string" ? mergedLabels(query.unite) : [];
  const notApplied = unappliedWords(query[UNAPPLIED_PARAM]);
  const joined = query[JOINED_ENTITY_PARAM];
  const joinedEntity = typeof joined === "string" ? parseId(joined) : null;
  // A published sheet's pending draft is what its editors continue from.
  const values = formValuesFromSnapshot(head.snapshot);
  const autosaved = draft && { ...draft, values: withMergedTermValues(draft.values, reference.aliases) };
  const savedDrafts = autosaved && comparableValues(autosaved.values) !== comparableValues(values) ? [autosaved] : [];

  return (
    <div className="flex flex-col gap-6">
      <Breadcrumbs items={[{ label: "Schede", href: "/admin/pratiche" }, { label: practice.title }]} />
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold">{practice.title}</h1>
        <StatusBadge status={practice.status} />
        {practice.isSample && <span className="text-sm font-semibold uppercase text-warning">scheda illustrativa</span>}
      </div>
      <PracticeTabs
        id={practice.id}
        current="modifica"
        publicSlug={practice.status === "PUBLISHED" ? practice.slug : null}
      />
      <PresenceNotice practiceId={practice.id} initial={others} intervalMs={HEARTBEAT_MS} />
      {outcome && (
        <p role="status" className="rounded border-l-4 border-success bg-green-50 px-3 py-2 font-semibold">
          {outcome}
          {merged.length > 0 &&
            ` Unite a quelle salvate nel frattempo da un'altra persona, che sono state mantenute: ${merged.join(", ")}.`}
        </p>
      )}
      {query[UNSCHEDULED_PARAM] !== undefined && <UnscheduledNotice />}
      {notApplied && (
        <p
          role="status"
          data-testid="entity-not-applied"
          className="rounded border-l-4 border-warning bg-warning-light px-3 py-2"
        >
          L&apos;ente indicato come nuovo esiste già (stesso nome, tipo e regione, o stesso codice ISTAT): la scheda è
          collegata a quello, e {notApplied} nella{" "}
          <Link href={joinedEntity ? `/admin/enti/${joinedEntity}` : "/admin/enti"}>pagina dell&apos;ente</Link>.
        </p>
      )}
      {head.draft && <DraftPublishPanel practiceId={practice.id} draft={head.draft} />}
      {head.setAside && <SetAsideNotice practiceId={practice.id} setAside={head.setAside} />}
      <p className="text-sm text-muted">
        Versione {practice.version}.
        {practice.status === "PUBLISHED" &&
          " Le modifiche a una scheda pubblicata si salvano come bozza: il sito le mostra dopo «Pubblica modifiche»."}{" "}
        Se qualcun altro salva la scheda mentre la modifichi, le sue modifiche e le tue vengono unite; se avete cambiato
        lo stesso campo, scegli tu quale versione tenere.
      </p>
      <PracticeForm
        key={practice.version}
        practiceId={practice.id}
        version={practice.version}
        initialValues={values}
        savedDrafts={savedDrafts}
        published={practice.status === "PUBLISHED"}
        reference={reference}
        entities={entities}
      />
    </div>
  );
}
