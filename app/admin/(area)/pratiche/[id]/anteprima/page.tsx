import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PracticeTabs } from "@/components/admin/practice-tabs";
import { PracticeDetail } from "@/components/practices/practice-detail";
import { requirePageUser } from "@/lib/auth/session";
import { parseId } from "@/lib/route-params";
import { getPracticeForEdit } from "@/lib/practices/admin-queries";

export const metadata: Metadata = { title: "Anteprima scheda — area riservata" };

export default async function PreviewPracticePage({ params }: PageProps<"/admin/pratiche/[id]/anteprima">) {
  const { id: rawId } = await params;
  await requirePageUser("EDITOR", `/admin/pratiche/${rawId}/anteprima`);
  const id = parseId(rawId);
  const practice = id ? await getPracticeForEdit(id) : null;
  if (!practice) notFound();
  return (
    <div className="flex flex-col gap-6">
      <PracticeTabs
        id={practice.id}
        current="anteprima"
        publicSlug={practice.status === "PUBLISHED" ? practice.slug : null}
      />
      <p role="note" className="rounded border-l-4 border-primary bg-primary-lightest px-3 py-2">
        Anteprima: così apparirà la scheda sul sito pubblico
        {practice.status === "PUBLISHED" ? "" : " quando sarà pubblicata"}.
      </p>
      <PracticeDetail practice={practice} />
    </div>
  );
}
