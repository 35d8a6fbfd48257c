import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { EntityForm } from "@/components/admin/entity-form";
import { requirePageUser } from "@/lib/auth/session";
import { getEntityForEdit } from "@/lib/entities/admin-queries";
import { ENTITY_KINDS, slugOf } from "@/lib/practices/enum-labels";
import { parseId } from "@/lib/route-params";

export const metadata: Metadata = { title: "Modifica ente — area riservata" };

export default async function EditEntityPage({ params }: PageProps<"/admin/enti/[id]">) {
  const { id: rawId } = await params;
  await requirePageUser("EDITOR", `/admin/enti/${rawId}`);
  const id = parseId(rawId);
  const entity = id ? await getEntityForEdit(id) : null;
  if (!entity) notFound();
  return (
    <div className="flex flex-col gap-6">
      <Breadcrumbs items={[{ label: "Enti", href: "/admin/enti" }, { label: entity.name }]} />
      <h1 className="text-3xl font-bold">{entity.name}</h1>
      <p className="max-w-3xl">
        Regione: {entity.region.name}. Le modifiche valgono per tutte le {entity._count.practices} schede di questo
        ente, e compaiono subito sulle loro pagine pubbliche; l&apos;indirizzo pubblico dell&apos;ente non cambia.
      </p>
      <EntityForm
        id={entity.id}
        updatedAt={entity.updatedAt.toISOString()}
        initial={{
          nome: entity.name,
          tipo: slugOf(ENTITY_KINDS, entity.kind),
          codice_istat: entity.istatCode ?? "",
          provincia: entity.province ?? "",
        }}
      />
      {entity.practices.length > 0 && (
        <section aria-labelledby="sez-schede-ente" className="flex flex-col gap-2">
          <h2 id="sez-schede-ente" className="text-xl font-bold">
            Schede di questo ente
          </h2>
          <ul className="list-disc pl-6">
            {entity.practices.map((practice) => (
              <li key={practice.id}>
                <Link href={`/admin/pratiche/${practice.id}`}>{practice.title}</Link>{" "}
                <span className="text-sm text-muted">({practice.code})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
