import type { Metadata } from "next";
import { Link } from "@/components/link";
import { FilterDate, FilterSelect, labelOptions } from "@/components/admin/filter-field";
import { StatusBadge } from "@/components/admin/status-badge";
import { requirePageUser } from "@/lib/auth/session";
import { adminListOptions, listPracticesForAdmin } from "@/lib/practices/admin-list";
import {
  ADMIN_SORTS,
  adminListHref,
  adminListSchema,
  defaultDirection,
  ORIGINS,
  type AdminSort,
} from "@/lib/practices/admin-list-params";
import { BULK_ACTIONS, type BulkAction } from "@/lib/practices/bulk.validation";

export const metadata: Metadata = { title: "Schede — area riservata" };

const dateTime = new Intl.DateTimeFormat("it-IT", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Rome" });
const field = "mt-1 rounded border border-muted px-3 py-2";
const DONE = new Set(Object.values(BULK_ACTIONS).map((action) => action.done as string));

export default async function AdminPracticesPage({ searchParams }: PageProps<"/admin/pratiche">) {
  await requirePageUser("EDITOR", "/admin/pratiche");
  const raw = await searchParams;
  const filters = adminListSchema.parse(raw);
  const [{ total, items, pageCount }, options] = await Promise.all([
    listPracticesForAdmin(filters),
    adminListOptions(),
  ]);
  const here = adminListHref(filters);
  const direction = filters.verso ?? defaultDirection(filters.ordina);
  const sortHref = (sort: AdminSort) =>
    adminListHref({
      ...filters,
      ordina: sort,
      verso: sort === filters.ordina ? (direction === "asc" ? "desc" : "asc") : defaultDirection(sort),
      pagina: 1,
    });
  const done = typeof raw.esito === "string" && DONE.has(raw.esito) ? raw.esito : null;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold">Schede</h1>
        <Link
          href="/admin/pratiche/nuova"
          className="rounded bg-primary px-4 py-2 font-semibold text-white no-underline hover:bg-primary-dark"
        >
          Nuova scheda
        </Link>
      </div>
      {done && (
        <p role="status" className="rounded border-l-4 border-success bg-green-50 px-3 py-2 font-semibold">
          {String(raw.schede ?? 0)} schede {done}.
        </p>
      )}
      <form method="get" className="flex flex-wrap items-end gap-4" role="search" aria-label="Cerca tra le schede">
        <div>
          <label htmlFor="q" className="block font-semibold">
            Cerca
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={filters.q}
            placeholder="parole, in qualsiasi ordine, o codice"
            className={`${field} w-72`}
          />
        </div>
        <FilterSelect
          name="stato"
          label="Stato"
          value={filters.stato}
          any="Tutti"
          options={[
            { value: "bozza", label: "Bozza" },
            { value: "pubblicata", label: "Pubblicata" },
            { value: "archiviata", label: "Archiviata" },
          ]}
        />
        <FilterSelect
          name="origine"
          label="Origine"
          value={filters.origine}
          any="Tutte"
          options={labelOptions(ORIGINS)}
        />
        <FilterSelect
          name="regione"
          label="Regione"
          value={filters.regione}
          any="Tutte"
          options={options.regions.map((region) => ({ value: region.slug, label: region.name }))}
        />
        <FilterSelect
          name="autore"
          label="Autore"
          value={filters.autore}
          any="Tutti"
          options={options.authors.map((author) => ({ value: String(author.id), label: author.name }))}
        />
        <FilterDate name="dal" label="Aggiornata dal" value={filters.dal} />
        <FilterDate name="al" label="al" value={filters.al} />
        {filters.ordina !== "aggiornata" && <input type="hidden" name="ordina" value={filters.ordina} />}
        {filters.verso && <input type="hidden" name="verso" value={filters.verso} />}
        <button type="submit" className="rounded bg-primary px-4 py-2 font-semibold text-white">
          Filtra
        </button>
        <Link href="/admin/pratiche">Azzera</Link>
      </form>
      <p role="status" data-testid="admin-count">
        {total === 1 ? "1 scheda" : `${total} schede`}
      </p>
      <form
        id="selezione"
        method="get"
        action="/admin/pratiche/conferma"
        className="flex flex-wrap items-center gap-3"
        aria-label="Azioni sulle schede selezionate"
      >
        <input type="hidden" name="torna" value={here} />
        <span className="font-semibold">Schede selezionate:</span>
        {(Object.keys(BULK_ACTIONS) as BulkAction[]).map((action) => (
          <button
            key={action}
            type="submit"
            name="azione"
            value={action}
            className="rounded border border-primary px-3 py-1 font-semibold text-primary"
          >
            {BULK_ACTIONS[action].label}…
          </button>
        ))}
      </form>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Schede del catalogo</caption>
          <thead>
            <tr className="border-b-2 border-ink text-left">
              <th scope="col" className="py-2 pr-3">
                <span className="sr-only">Seleziona</span>
              </th>
              {(Object.keys(ADMIN_SORTS) as AdminSort[]).map((sort) => (
                <th
                  key={sort}
                  scope="col"
                  className="py-2 pr-3"
                  aria-sort={sort === filters.ordina ? (direction === "asc" ? "ascending" : "descending") : undefined}
                >
                  <Link href={sortHref(sort)}>
                    {ADMIN_SORTS[sort]}
                    {sort === filters.ordina && <span aria-hidden="true">{direction === "asc" ? " ▲" : " ▼"}</span>}
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((practice) => (
              <tr key={practice.id} className="border-b border-line align-top" data-testid="admin-row">
                <td className="py-2 pr-3">
                  <input
                    type="checkbox"
                    name="id"
                    value={practice.id}
                    form="selezione"
                    aria-label={`Seleziona ${practice.code}`}
                  />
                </td>
                <td className="py-2 pr-3 font-mono">{practice.code}</td>
                <td className="py-2 pr-3">
                  <Link href={`/admin/pratiche/${practice.id}`}>{practice.title}</Link>
                </td>
                <td className="py-2 pr-3">{practice.entity.name}</td>
                <td className="py-2 pr-3">{practice.entity.region.name}</td>
                <td className="py-2 pr-3">
                  <StatusBadge status={practice.status} />
                  {practice.draftVersion !== null && (
                    <span className="mt-1 block text-xs font-semibold text-warning" data-testid="unpublished-changes">
                      modifiche non pubblicate
                      {practice.publishAt && `, pubblicazione il ${dateTime.format(practice.publishAt)}`}
                    </span>
                  )}
                </td>
                <td className="py-2 pr-3">
                  {practice.origin === "illustrativa" ? (
                    <span className="text-xs font-semibold uppercase text-warning">illustrativa</span>
                  ) : (
                    ORIGINS[practice.origin]
                  )}
                </td>
                <td className="py-2 pr-3">
                  {dateTime.format(practice.updatedAt)} (v{practice.version})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pageCount > 1 && (
        <nav aria-label="Paginazione" className="flex gap-4">
          {filters.pagina > 1 && (
            <Link href={adminListHref({ ...filters, pagina: filters.pagina - 1 })}>‹ Precedente</Link>
          )}
          <span>
            Pagina {filters.pagina} di {pageCount}
          </span>
          {filters.pagina < pageCount && (
            <Link href={adminListHref({ ...filters, pagina: filters.pagina + 1 })}>Successiva ›</Link>
          )}
        </nav>
      )}
    </div>
  );
}
