import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { TermDeleteForm, TermEditForm, TermMergeForm } from "@/components/admin/vocabulary-term-forms";
import { requirePageUser } from "@/lib/auth/session";
import { getTerm, listTerms } from "@/lib/vocabularies/queries";
import { publicTermHref, vocabularyByKey } from "@/lib/vocabularies/vocabularies";

export const metadata: Metadata = { title: "Voce di vocabolario — area riservata" };

const sheets = (count: number) => (count === 1 ? "una scheda" : `${count} schede`);

export default async function TermPage({ params, searchParams }: PageProps<"/admin/vocabolari/[vocabolario]/[voce]">) {
  const { vocabolario, voce } = await params;
  await requirePageUser("ADMIN", `/admin/vocabolari/${vocabolario}/${voce}`);
  const info = vocabularyByKey(vocabolario);
  const term = info ? await getTerm(info.vocabulary, voce) : null;
  if (!info || !term) notFound();
  const [others, query] = await Promise.all([listTerms(info.vocabulary), searchParams]);
  const merged =
    typeof query.unita === "string" ? { label: query.unita.slice(0, 200), sheets: Number(query.schede) || 0 } : null;
  const usage = term._count.practices;

  return (
    <div className="flex flex-col gap-8">
      <Breadcrumbs
        items={[
          { label: "Vocabolari", href: "/admin/vocabolari" },
          { label: info.label, href: `/admin/vocabolari/${info.key}` },
          { label: term.label },
        ]}
      />
      <div>
        <h1 className="text-3xl font-bold">{term.label}</h1>
        <p className="mt-2">
          {info.label} · indirizzo <code>{term.slug}</code> · usata da {sheets(usage)}
          {usage > 0 && (
            <>
              {" "}
              · <Link href={publicTermHref(info.vocabulary, term.slug)}>vedi nell&apos;elenco pubblico</Link>
            </>
          )}
        </p>
      </div>
      {merged && (
        <p role="status" className="rounded border-l-4 border-success bg-green-50 px-3 py-2 font-semibold">
          «{merged.label}» è stata unita a questa voce: {sheets(merged.sheets)}{" "}
          {merged.sheets === 1 ? "aggiornata" : "aggiornate"}.
        </p>
      )}

      <section aria-labelledby="sez-modifica" className="flex flex-col gap-3">
        <h2 id="sez-modifica" className="text-xl font-bold">
          Etichetta e descrizione
        </h2>
        <p className="max-w-3xl text-muted">
          L&apos;indirizzo ({term.slug}) non cambia: i link già pubblicati continuano a funzionare.
        </p>
        <TermEditForm term={term} />
      </section>

      {others.length > 1 && (
        <section aria-labelledby="sez-unisci" className="flex flex-col gap-3">
          <h2 id="sez-unisci" className="text-xl font-bold">
            Unisci a un&apos;altra voce
          </h2>
          <p className="max-w-3xl text-muted">
            Se due voci indicano la stessa cosa: le schede di questa passano alla voce scelta (chi le aveva entrambe ne
            tiene una) e questa voce viene eliminata. Le schede non cambiano versione.
          </p>
          <TermMergeForm
            termId={term.id}
            label={term.label}
            usage={usage}
            targets={others.filter((other) => other.id !== term.id).map(({ id, label }) => ({ id, label }))}
          />
        </section>
      )}

      <section aria-labelledby="sez-elimina" className="flex flex-col gap-3">
        <h2 id="sez-elimina" className="text-xl font-bold">
          Elimina
        </h2>
        {usage === 0 ? (
          <TermDeleteForm termId={term.id} />
        ) : (
          <p className="max-w-3xl">
            Non si può eliminare una voce usata da {sheets(usage)}: uniscila a un&apos;altra voce.
          </p>
        )}
      </section>
    </div>
  );
}
