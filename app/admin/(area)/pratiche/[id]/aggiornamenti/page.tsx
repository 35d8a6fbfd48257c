import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FollowUpTimeline } from "@/components/open-collection/follow-up-timeline";
import { PracticeTabs } from "@/components/admin/practice-tabs";
import { StaffFollowUpForm } from "@/components/admin/staff-follow-up-form";
import { requirePageUser } from "@/lib/auth/session";
import { getOpenCollection } from "@/lib/open-collection/queries";
import { getPracticeForEdit } from "@/lib/practices/admin-queries";
import { parseId } from "@/lib/route-params";

export const metadata: Metadata = { title: "Com'è andata dopo — area riservata" };

export default async function PracticeFollowUpsPage({ params }: PageProps<"/admin/pratiche/[id]/aggiornamenti">) {
  const { id: rawId } = await params;
  await requirePageUser("EDITOR", `/admin/pratiche/${rawId}/aggiornamenti`);
  const id = parseId(rawId);
  const practice = id ? await getPracticeForEdit(id) : null;
  if (!practice) notFound();
  const collection = await getOpenCollection(practice.id, practice.entityId);
  const open = practice.status === "PUBLISHED" && !practice.isSample;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{practice.title}</h1>
      <PracticeTabs
        id={practice.id}
        current="aggiornamenti"
        publicSlug={practice.status === "PUBLISHED" ? practice.slug : null}
      />
      <FollowUpTimeline
        declared={practice.sustainability}
        declaredNote={practice.sustainabilityNote}
        followUps={collection.followUps}
      />
      {open ? (
        <section aria-labelledby="nuovo-aggiornamento" className="flex flex-col gap-3 border-t border-line pt-6">
          <h2 id="nuovo-aggiornamento" className="text-2xl font-bold">
            Scrivi un aggiornamento
          </h2>
          <p className="text-sm text-muted">
            Compare subito sulla scheda pubblica, con la sua data, segnato «dalla redazione». Il valore dichiarato nel
            2020 resta com&apos;è.
          </p>
          <StaffFollowUpForm practiceId={practice.id} />
        </section>
      ) : (
        <p className="rounded border border-line bg-surface p-4">
          Solo le schede pubblicate e non illustrative ricevono aggiornamenti.
        </p>
      )}
    </div>
  );
}
