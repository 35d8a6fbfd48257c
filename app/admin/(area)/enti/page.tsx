import type { Metadata } from "next";
import { Link } from "@/components/link";
import { requirePageUser } from "@/lib/auth/session";
import { listEntitiesForAdmin } from "@/lib/entities/admin-queries";
import { labelOf, ENTITY_KINDS } from "@/lib/practices/enum-labels";

export const metadata: Metadata = { title: "Enti — area riservata" };

export default async function EntitiesPage() {
  await requirePageUser("EDITOR", "/admin/enti");
  const entities = await listEntitiesForAdmin();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Enti</h1>
      <p className="max-w-3xl">
        Gli enti erogatori delle schede. Apri un ente per correggerne nome, tipo, codice ISTAT o provincia: la modifica
        vale per tutte le sue schede.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Enti erogatori, per regione</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-4">
                Ente
              </th>
              <th scope="col" className="py-2 pr-4">
                Tipo
              </th>
              <th scope="col" className="py-2 pr-4">
                Regione
              </th>
              <th scope="col" className="py-2 pr-4">
                Codice ISTAT
              </th>
              <th scope="col" className="py-2 pr-4">
                Schede
              </th>
            </tr>
          </thead>
          <tbody>
            {entities.map((entity) => (
              <tr key={entity.id} className="border-b border-line">
                <th scope="row" className="py-2 pr-4 font-normal">
                  <Link href={`/admin/enti/${entity.id}`} className="font-semibold">
                    {entity.name}
                  </Link>
                  {entity.isSample && <span className="ml-2 text-xs uppercase text-warning">illustrativo</span>}
                </th>
                <td className="py-2 pr-4">{labelOf(ENTITY_KINDS, entity.kind)}</td>
                <td className="py-2 pr-4">{entity.region.name}</td>
                <td className="py-2 pr-4">{entity.istatCode ?? "—"}</td>
                <td className="py-2 pr-4">{entity._count.practices}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
