import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { TermAddForm } from "@/components/admin/vocabulary-term-forms";
import { VocabularyTermTable } from "@/components/admin/vocabulary-term-table";
import { requirePageUser } from "@/lib/auth/session";
import { listTerms } from "@/lib/vocabularies/queries";
import { vocabularyByKey } from "@/lib/vocabularies/vocabularies";

export const metadata: Metadata = { title: "Vocabolario — area riservata" };

export default async function VocabularyPage({ params, searchParams }: PageProps<"/admin/vocabolari/[vocabolario]">) {
  const { vocabolario } = await params;
  await requirePageUser("ADMIN", `/admin/vocabolari/${vocabolario}`);
  const info = vocabularyByKey(vocabolario);
  if (!info) notFound();
  const [terms, query] = await Promise.all([listTerms(info.vocabulary), searchParams]);
  const deleted = typeof query.eliminata === "string" ? query.eliminata.slice(0, 200) : null;

  return (
    <div className="flex flex-col gap-8">
      <Breadcrumbs items={[{ label: "Vocabolari", href: "/admin/vocabolari" }, { label: info.label }]} />
      <h1 className="text-3xl font-bold">{info.label}</h1>
      {deleted && (
        <p role="status" className="rounded border-l-4 border-success bg-green-50 px-3 py-2 font-semibold">
          Voce «{deleted}» eliminata.
        </p>
      )}
      <section aria-labelledby="sez-nuova" className="flex flex-col gap-3">
        <h2 id="sez-nuova" className="text-xl font-bold">
          Nuova voce
        </h2>
        <TermAddForm vocabularyKey={info.key} />
      </section>
      <section aria-labelledby="sez-voci" className="flex flex-col gap-3">
        <h2 id="sez-voci" className="text-xl font-bold">
          Voci ({terms.length})
        </h2>
        <p className="max-w-3xl text-muted">
          Apri una voce per cambiarne l&apos;etichetta, unirla a un&apos;altra o eliminarla se nessuna scheda la usa.
        </p>
        <VocabularyTermTable vocabularyKey={info.key} terms={terms} />
      </section>
    </div>
  );
}
