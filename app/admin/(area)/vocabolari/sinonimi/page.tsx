import type { Metadata } from "next";
import { Link } from "@/components/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { SynonymAddForm } from "@/components/admin/synonym-forms";
import { requirePageUser } from "@/lib/auth/session";
import { listSynonyms } from "@/lib/search-synonyms/queries";

export const metadata: Metadata = { title: "Sinonimi di ricerca — area riservata" };

export default async function SynonymsPage({ searchParams }: PageProps<"/admin/vocabolari/sinonimi">) {
  await requirePageUser("ADMIN", "/admin/vocabolari/sinonimi");
  const [synonyms, query] = await Promise.all([listSynonyms(), searchParams]);
  const deleted = typeof query.eliminati === "string" ? query.eliminati.slice(0, 300) : null;
  return (
    <div className="flex flex-col gap-8">
      <Breadcrumbs items={[{ label: "Vocabolari", href: "/admin/vocabolari" }, { label: "Sinonimi di ricerca" }]} />
      <h1 className="text-3xl font-bold">Sinonimi di ricerca</h1>
      {deleted && (
        <p role="status" className="rounded border-l-4 border-success bg-green-50 px-3 py-2 font-semibold">
          Sinonimi di «{deleted}» eliminati.
        </p>
      )}
      <p className="max-w-3xl">
        Sigle e parole che le persone cercano ma che le schede dicono in altro modo. Chi cerca una delle parole trova
        anche le schede che contengono ciascuna frase di «Si cerca anche» (per esempio «dad» trova «didattica a
        distanza»). Le modifiche valgono dalla ricerca successiva e non cambiano le schede.
      </p>
      <section aria-labelledby="sez-nuovo" className="flex flex-col gap-3">
        <h2 id="sez-nuovo" className="text-xl font-bold">
          Nuovi sinonimi
        </h2>
        <SynonymAddForm />
      </section>
      <section aria-labelledby="sez-sinonimi" className="flex flex-col gap-3">
        <h2 id="sez-sinonimi" className="text-xl font-bold">
          Elenco ({synonyms.length})
        </h2>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="sez-sinonimi">
          <table className="w-full text-left">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-4">
                  Parole cercate
                </th>
                <th scope="col" className="py-2 pr-4">
                  Si cerca anche
                </th>
                <th scope="col" className="py-2 pr-4">
                  Nota
                </th>
              </tr>
            </thead>
            <tbody>
              {synonyms.map((synonym) => (
                <tr key={synonym.id} className="border-b border-line align-top">
                  <td className="py-2 pr-4">
                    <Link href={`/admin/vocabolari/sinonimi/${synonym.id}`}>{synonym.phrases.join(", ")}</Link>
                  </td>
                  <td className="py-2 pr-4">{synonym.expansions.join(", ")}</td>
                  <td className="py-2 pr-4 text-muted">{synonym.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
