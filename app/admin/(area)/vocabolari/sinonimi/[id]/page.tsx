import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { SynonymEditForm } from "@/components/admin/synonym-forms";
import { requirePageUser } from "@/lib/auth/session";
import { getSynonym } from "@/lib/search-synonyms/queries";

export const metadata: Metadata = { title: "Sinonimi di ricerca — area riservata" };

export default async function SynonymPage({ params }: PageProps<"/admin/vocabolari/sinonimi/[id]">) {
  const { id } = await params;
  await requirePageUser("ADMIN", `/admin/vocabolari/sinonimi/${id}`);
  const synonym = /^[1-9][0-9]{0,8}$/.test(id) ? await getSynonym(Number(id)) : null;
  if (!synonym) notFound();
  return (
    <div className="flex flex-col gap-8">
      <Breadcrumbs
        items={[
          { label: "Vocabolari", href: "/admin/vocabolari" },
          { label: "Sinonimi di ricerca", href: "/admin/vocabolari/sinonimi" },
          { label: synonym.phrases.join(", ") },
        ]}
      />
      <h1 className="text-3xl font-bold">Sinonimi di «{synonym.phrases[0]}»</h1>
      <SynonymEditForm synonym={synonym} />
    </div>
  );
}
