import type { Metadata } from "next";
import { Link } from "@/components/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CompareTable } from "@/components/compare/compare-table";
import { SampleNotice } from "@/components/practices/sample-notice";
import { fetchComparedRecords } from "@/lib/compare/catalogue";
import { compareRows, MAX_COMPARED, parseCompareParams } from "@/lib/compare/compare";
import { withCompare } from "@/lib/compare/selection";
import { LISTING_NAME } from "@/lib/practices/orientation";

export const metadata: Metadata = {
  title: "Confronta le pratiche",
  description:
    "Confronto affiancato di due o tre pratiche: operatori, finanziamento, tecnologie, reti, canali e sostenibilità.",
  robots: { index: false },
};

// Rendered whole on the server (no streamed parts) so the comparison works with JavaScript off.
export const instant = false;

export default async function ComparePage({ searchParams }: PageProps<"/confronta">) {
  const { slugs, dropped } = parseCompareParams(await searchParams);
  const { records, missing } = await fetchComparedRecords(slugs);
  const removeHref = (slug: string) => {
    const rest = records
      .filter((record) => record.slug !== slug)
      .map((record) => `p=${encodeURIComponent(record.slug)}`);
    return rest.length ? `/confronta?${rest.join("&")}` : "/confronta";
  };
  // Back to the listing with what is still chosen, so one more sheet makes a comparison again.
  const listingHref = withCompare(
    "/pratiche",
    records.map((record) => record.slug),
  );
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-8">
      <Breadcrumbs
        items={[{ label: "Home", href: "/" }, { label: LISTING_NAME, href: listingHref }, { label: "Confronta" }]}
      />
      <h1 className="text-3xl font-bold">Confronta le pratiche</h1>
      {dropped > 0 && (
        <p role="status" className="rounded bg-warning-light px-3 py-2">
          Si possono confrontare al massimo {MAX_COMPARED} pratiche: mostro le prime {MAX_COMPARED}.
        </p>
      )}
      {missing.length > 0 && (
        <p role="status" className="rounded bg-warning-light px-3 py-2">
          {missing.length === 1 ? "Una pratica richiesta non è" : `${missing.length} pratiche richieste non sono`} nel
          catalogo: {missing.join(", ")}.
        </p>
      )}
      {records.length < 2 ? (
        <p className="max-w-3xl text-lg" data-testid="compare-empty">
          Per confrontare, premi «Aggiungi al confronto» su due o tre schede nella pagina{" "}
          <Link href={listingHref}>{LISTING_NAME}</Link>, poi «Confronta».
          {records.length === 1 && <> Ne hai scelta una: la ritrovi lì, già aggiunta.</>}
        </p>
      ) : (
        <>
          <p className="max-w-3xl text-muted">
            I valori presenti in tutte le pratiche confrontate sono segnati «in comune».
          </p>
          {records.some((record) => record.illustrativa) && <SampleNotice />}
          <CompareTable records={records} rows={compareRows(records)} removeHref={removeHref} />
        </>
      )}
    </div>
  );
}
