import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PracticeForm } from "@/components/admin/practice-form";
import { PracticeTabs } from "@/components/admin/practice-tabs";
import { PresenceNotice } from "@/components/admin/presence-notice";
import { StatusBadge } from "@/components/admin/status-badge";
import { requirePageUser } from "@/lib/auth/session";
import { HEARTBEAT_MS } from "@/lib/presence/presence";
import { openEditPage } from "@/lib/presence/queries";
import { getPracticeForEdit } from "@/lib/practices/admin-queries";
import { parseId } from "@/lib/route-params";
import { formValuesFromSnapshot } from "@/lib/practices/form-values";
import { listEntitiesForPicker, loadReference } from "@/lib/practices/reference";
import { snapshotOf } from "@/lib/practices/snapshot";

export const metadata: Metadata = { title: "Modifica scheda — area riservata" };

const OUTCOME: Record<string, string> = {
  created: "Scheda creata.",
  updated: "Modifiche salvate.",
  unchanged: "Nessuna modifica da salvare.",
};

export default async function EditPracticePage({ params, searchParams }: PageProps<"/admin/pratiche/[id]">) {
  const { id: rawId } = await params;
  const user = await requirePageUser("EDITOR", `/admin/pratiche/${rawId}`);
  const id = parseId(rawId);
  const practice = id ? await getPracticeForEdit(id) : null;
  if (!practice) notFound();
  const [reference, entities, query, others] = await Promise.all([
    loadReference(),
    listEntitiesForPicker(),
    searchParams,
    openEditPage(practice.id, user.id),
  ]);
  const outcome = typeof query.esito === "string" ? OUTCOME[query.esito] : undefined;

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
        </p>
      )}
      <p className="text-sm text-muted">
        Versione {practice.version}. Se qualcun altro salva la scheda mentre la modifichi, ti verrà mostrato cosa ha
        cambiato prima di sovrascrivere.
      </p>
      <PracticeForm
        key={practice.version}
        practiceId={practice.id}
        version={practice.version}
        initialValues={formValuesFromSnapshot(snapshotOf(practice))}
        reference={reference}
        entities={entities}
      />
    </div>
  );
}
