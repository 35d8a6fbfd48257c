import type { Metadata } from "next";
import { Link } from "@/components/link";
import { requirePageUser } from "@/lib/auth/session";
import { countTermsByVocabulary } from "@/lib/vocabularies/queries";
import { VOCABULARIES } from "@/lib/vocabularies/vocabularies";

export const metadata: Metadata = { title: "Vocabolari — area riservata" };

export default async function VocabulariesPage() {
  await requirePageUser("ADMIN", "/admin/vocabolari");
  const counts = await countTermsByVocabulary();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Vocabolari</h1>
      <p className="max-w-3xl">
        Le voci con cui si classificano le schede e che il pubblico usa come filtri. Puoi aggiungere una voce, cambiarne
        l&apos;etichetta o unire due voci che indicano la stessa cosa: nessuna scheda va persa.
      </p>
      <ul className="grid gap-3 sm:grid-cols-2">
        {VOCABULARIES.map((info) => (
          <li key={info.key} className="rounded border border-line p-4">
            <Link href={`/admin/vocabolari/${info.key}`} className="text-lg font-semibold">
              {info.label}
            </Link>
            <p className="text-muted">{counts.get(info.vocabulary) ?? 0} voci</p>
          </li>
        ))}
        <li className="rounded border border-line p-4">
          <Link href="/admin/vocabolari/sinonimi" className="text-lg font-semibold">
            Sinonimi di ricerca
          </Link>
          <p className="text-muted">Sigle e parole che la ricerca traduce nelle parole delle schede</p>
        </li>
      </ul>
    </div>
  );
}
