import type { Metadata } from "next";
import { Link } from "@/components/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PracticeCard } from "@/components/practices/practice-card";
import { SampleNotice } from "@/components/practices/sample-notice";
import type { Comune } from "@/lib/comuni";
import { fetchRegions, fetchTerms } from "@/lib/practices/catalogue";
import { labelOf, POPULATION_BANDS, RIPARTIZIONI } from "@/lib/practices/enum-labels";
import { fetchPracticesForProfile } from "@/lib/similar-comuni/catalogue";
import { comuneLabel, resolveComune } from "@/lib/similar-comuni/find-comune";
import { profileOf } from "@/lib/similar-comuni/profile";
import { ComuneField } from "./comune-field";
import { FocusOnLoad } from "@/components/focus-on-load";
import { catalogueRobots } from "@/lib/practices/indexing";

const METADATA: Metadata = {
  title: "Comuni come il mio",
  description:
    "Indica il tuo comune: trovi le pratiche di enti di dimensione simile, vicini a te o nella stessa parte d'Italia, per l'area che ti interessa.",
  alternates: { canonical: "/comuni-simili" },
};

export async function generateMetadata(): Promise<Metadata> {
  return { ...METADATA, robots: await catalogueRobots() };
}

// Rendered whole on the server so that the form works with JavaScript off.
export const instant = false;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
const numbers = new Intl.NumberFormat("it-IT");

export default async function SimilarComuniPage({ searchParams }: PageProps<"/comuni-simili">) {
  const params = await searchParams;
  const text = first(params.comune).trim().slice(0, 80);
  const [regions, terms] = await Promise.all([fetchRegions(), fetchTerms()]);
  const areas = terms.filter((term) => term.vocabulary === "AREA");
  const area = areas.find((term) => term.slug === first(params.area)) ?? null;
  const lookup = text ? resolveComune(text) : null;
  const comune = lookup?.kind === "found" ? lookup.comune : null;
  const profile = comune ? profileOf(comune, regions) : null;
  const results = profile
    ? await fetchPracticesForProfile(profile, area ? { slug: area.slug, label: area.label } : null)
    : [];
  const choiceHref = (c: Comune) => `/comuni-simili?comune=${c.istatCode}${area ? `&area=${area.slug}` : ""}#esito`;

  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-8">
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Comuni come il mio" }]} />
      <h1 className="text-3xl font-bold">Comuni come il mio</h1>
      <p className="max-w-3xl text-lg">
        Indica il tuo comune e, se vuoi, un&apos;area di utenza: trovi le pratiche di enti con una popolazione simile e
        vicini (stessa provincia, province vicine, distanza) o nella stessa parte d&apos;Italia, con il motivo per cui
        te le suggeriamo.
      </p>
      <form
        action="/comuni-simili#esito"
        method="get"
        className="flex flex-col gap-4 rounded border border-line bg-surface p-4 md:flex-row md:items-end"
      >
        <div className="flex-1">
          <label htmlFor="comune" className="block font-semibold">
            Il tuo comune
          </label>
          <ComuneField key={text} defaultValue={comune ? comuneLabel(comune) : text} />
        </div>
        <div>
          <label htmlFor="area" className="block font-semibold">
            Area di utenza
          </label>
          <select
            id="area"
            name="area"
            defaultValue={area?.slug ?? ""}
            className="mt-1 w-full max-w-full rounded border border-muted px-3 py-2 sm:w-auto"
          >
            <option value="">Tutte le aree</option>
            {areas.map((term) => (
              <option key={term.slug} value={term.slug}>
                {term.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-primary px-5 py-2 font-semibold text-white hover:bg-primary-dark">
          Trova pratiche
        </button>
      </form>

      {lookup && (
        <div id="esito" tabIndex={-1} className="flex flex-col gap-6 focus:outline-none">
          <FocusOnLoad id="esito" />
          {lookup?.kind === "ambiguous" && (
            <section aria-labelledby="scegli" role="status">
              <h2 id="scegli" className="text-xl font-bold">
                Più comuni si chiamano «{text}»: quale?
              </h2>
              <ul className="mt-2 list-disc pl-6">
                {lookup.candidates.map((c) => (
                  <li key={c.istatCode}>
                    <Link href={choiceHref(c)}>{comuneLabel(c)}</Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {lookup?.kind === "unknown" && (
            <section aria-labelledby="nessuno" role="status">
              <h2 id="nessuno" className="text-xl font-bold">
                Nessun comune si chiama «{text}»
              </h2>
              {lookup.suggestions.length > 0 && (
                <>
                  <p className="mt-2" data-testid="comune-suggestions">
                    Forse cercavi:
                  </p>
                  <ul className="mt-1 list-disc pl-6">
                    {lookup.suggestions.map((c) => (
                      <li key={c.istatCode}>
                        <Link href={choiceHref(c)}>{comuneLabel(c)}</Link>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>
          )}
          {comune && profile && (
            <section aria-labelledby="risultati" className="flex flex-col gap-4">
              <h2 id="risultati" className="text-2xl font-bold">
                Pratiche per {comune.name}
                {area && <> — {area.label}</>}
              </h2>
              <p data-testid="comune-profile">
                {comune.name} ({comune.province}, {profile.regionName}): {numbers.format(comune.population)} abitanti al
                censimento 2011, fascia {labelOf(POPULATION_BANDS, profile.band)}, ripartizione{" "}
                {labelOf(RIPARTIZIONI, profile.ripartizione)}.
              </p>
              {results.some((result) => result.practice.isSample) && <SampleNotice />}
              {results.length === 0 ? (
                <p className="rounded border border-line bg-surface p-6">
                  Nessuna pratica di enti simili{area ? " per quest'area" : ""}. Prova con un&apos;altra area.
                </p>
              ) : (
                <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
                  {results.map(({ practice, reasons }) => (
                    <li key={practice.id} className="flex flex-col gap-2" data-testid="similar-result">
                      <PracticeCard practice={practice} />
                      <div className="text-sm">
                        <p className="font-semibold">Perché te la suggeriamo:</p>
                        <ul className="list-disc pl-5" data-testid="similar-reasons">
                          {reasons.map((reason) => (
                            <li key={reason}>{reason}</li>
                          ))}
                        </ul>
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}
        </div>
      )}
    </div>
  );
}
