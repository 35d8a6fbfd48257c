import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/admin/status-badge";
import { requirePageUser } from "@/lib/auth/session";
import { adminListSchema, listPracticesForAdmin } from "@/lib/practices/admin-queries";

export const metadata: Metadata = { title: "Schede — area riservata" };

const dateTime = new Intl.DateTimeFormat("it-IT", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Rome" });

export default async function AdminPracticesPage({ searchParams }: PageProps<"/admin/pratiche">) {
  await requirePageUser("EDITOR", "/admin/pratiche");
  const filters = adminListSchema.parse(await searchParams);
  const { total, items, pageCount } = await listPracticesForAdmin(filters);
  const pageHref = (pagina: number) =>
    `/admin/pratiche?${new URLSearchParams({ ...(filters.q && { q: filters.q }), ...(filters.stato && { stato: filters.stato }), ...(filters.esempi && { esempi: filters.esempi }), pagina: String(pagina) })}`;

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
            placeholder="titolo, codice o ente"
            className="mt-1 rounded border border-muted px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="stato" className="block font-semibold">
            Stato
          </label>
          <select
            id="stato"
            name="stato"
            defaultValue={filters.stato ?? ""}
            className="mt-1 rounded border border-muted px-3 py-2"
          >
            <option value="">Tutti</option>
            <option value="bozza">Bozza</option>
            <option value="pubblicata">Pubblicata</option>
            <option value="archiviata">Archiviata</option>
          </select>
        </div>
        <div>
          <label htmlFor="esempi" className="block font-semibold">
            Origine
          </label>
          <select
            id="esempi"
            name="esempi"
            defaultValue={filters.esempi ?? ""}
            className="mt-1 rounded border border-muted px-3 py-2"
          >
            <option value="">Tutte</option>
            <option value="no">Schede reali</option>
            <option value="si">Schede illustrative</option>
          </select>
        </div>
        <button type="submit" className="rounded bg-primary px-4 py-2 font-semibold text-white">
          Filtra
        </button>
      </form>
      <p role="status" data-testid="admin-count">
        {total === 1 ? "1 scheda" : `${total} schede`}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Schede del catalogo</caption>
          <thead>
            <tr className="border-b-2 border-ink text-left">
              <th scope="col" className="py-2 pr-3">
                Codice
              </th>
              <th scope="col" className="py-2 pr-3">
                Titolo
              </th>
              <th scope="col" className="py-2 pr-3">
                Ente
              </th>
              <th scope="col" className="py-2 pr-3">
                Stato
              </th>
              <th scope="col" className="py-2 pr-3">
                Aggiornata
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((practice) => (
              <tr key={practice.id} className="border-b border-line align-top">
                <td className="py-2 pr-3 font-mono">{practice.code}</td>
                <td className="py-2 pr-3">
                  <Link href={`/admin/pratiche/${practice.id}`}>{practice.title}</Link>
                  {practice.isSample && (
                    <span className="ml-2 text-xs font-semibold uppercase text-warning">illustrativa</span>
                  )}
                </td>
                <td className="py-2 pr-3">
                  {practice.entity.name} · {practice.entity.region.name}
                </td>
                <td className="py-2 pr-3">
                  <StatusBadge status={practice.status} />
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
          {filters.pagina > 1 && <Link href={pageHref(filters.pagina - 1)}>‹ Precedente</Link>}
          <span>
            Pagina {filters.pagina} di {pageCount}
          </span>
          {filters.pagina < pageCount && <Link href={pageHref(filters.pagina + 1)}>Successiva ›</Link>}
        </nav>
      )}
    </div>
  );
}
