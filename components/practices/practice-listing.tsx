import Link from "next/link";
import { CompareForm, COMPARE_FORM_ID } from "@/components/compare/compare-form";
import { ListingTools } from "@/components/open-data/listing-tools";
import { ActiveFilters } from "@/components/practices/active-filters";
import { FacetPanel } from "@/components/practices/facet-panel";
import { FilterForm } from "@/components/practices/filter-form";
import { Pagination } from "@/components/practices/pagination";
import { PracticeCard } from "@/components/practices/practice-card";
import { SampleNotice } from "@/components/practices/sample-notice";
import type { FacetOptions } from "@/lib/practices/facet-options";
import type { PracticeSearchResult } from "@/lib/practices/queries";
import { SORTS, type PracticeFilters } from "@/lib/practices/search-params";

const formatter = new Intl.NumberFormat("it-IT");

function resultLabel(total: number) {
  return total === 1 ? "1 pratica trovata" : `${formatter.format(total)} pratiche trovate`;
}

/** The filterable listing: search box, facets, chips, results and pages. */
export function PracticeListing({
  filters,
  result,
  options,
  action,
}: {
  filters: PracticeFilters;
  result: PracticeSearchResult;
  options: FacetOptions;
  action: string;
}) {
  const hasSamples = result.items.some((item) => item.isSample);
  const activeFilters = Object.values(filters.facets).flat().length;
  return (
    <>
      <FilterForm action={action} className="mt-6 grid gap-8 lg:grid-cols-[18rem_1fr]">
        <div>
          {/* Closed on small screens, so the results stay one tap away; always open from lg up (globals.css). */}
          <details className="facets-panel rounded border border-line p-4 lg:border-0 lg:p-0">
            <summary className="cursor-pointer py-1 text-lg font-bold text-primary">
              Filtri
              {activeFilters > 0 && (
                <span className="font-normal"> ({activeFilters === 1 ? "1 attivo" : `${activeFilters} attivi`})</span>
              )}
            </summary>
            <FacetPanel filters={filters} options={options} counts={result.facetCounts} />
            <button
              type="submit"
              className="mt-4 w-full rounded bg-primary px-4 py-2 font-semibold text-white hover:bg-primary-dark"
            >
              Applica filtri
            </button>
          </details>
        </div>

        <section className="flex min-w-0 flex-col gap-4" aria-labelledby="risultati">
          <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
            <div className="flex-1">
              <label htmlFor="q" className="block font-semibold">
                Parole da cercare
              </label>
              <input
                key={filters.q}
                id="q"
                name="q"
                type="search"
                defaultValue={filters.q}
                maxLength={200}
                className="mt-1 w-full rounded border border-muted px-3 py-2"
                placeholder="es. spesa a domicilio, tablet, anziani"
              />
            </div>
            <button
              type="submit"
              className="rounded bg-primary px-5 py-2 font-semibold text-white hover:bg-primary-dark"
            >
              Cerca
            </button>
            <div>
              <label htmlFor="ordina" className="block font-semibold">
                Ordina per
              </label>
              <select
                key={filters.sort}
                id="ordina"
                name="ordina"
                defaultValue={filters.sort}
                className="mt-1 rounded border border-muted px-3 py-2"
              >
                {SORTS.map((sort) => (
                  <option key={sort.value} value={sort.value}>
                    {sort.label}
                  </option>
                ))}
              </select>
            </div>
          </div>

          <ActiveFilters filters={filters} options={options} />

          <h2 id="risultati" className="text-xl font-bold">
            <span role="status" aria-live="polite" data-testid="result-count">
              {resultLabel(result.total)}
            </span>
          </h2>
          <ListingTools filters={filters} total={result.total} />
          {result.correctedQuery && (
            <p className="rounded bg-primary-lightest px-3 py-2" data-testid="corrected-query">
              Nessun risultato per «{filters.q}»: mostro i risultati per «<strong>{result.correctedQuery}</strong>».
            </p>
          )}
          {hasSamples && <SampleNotice />}

          {result.items.length > 0 ? (
            <ul className="grid gap-4 sm:grid-cols-2">
              {result.items.map((practice) => (
                <li key={practice.id}>
                  <PracticeCard practice={practice} compareForm={COMPARE_FORM_ID} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="rounded border border-line bg-surface p-6">
              Nessuna pratica corrisponde ai criteri scelti. Prova a togliere qualche filtro o a usare parole diverse.
              Se ne conosci una che manca, <Link href="/segnala">segnalala al catalogo</Link>.
            </p>
          )}
          <Pagination filters={filters} page={result.page} pageCount={result.pageCount} />
        </section>
      </FilterForm>
      <CompareForm />
    </>
  );
}
