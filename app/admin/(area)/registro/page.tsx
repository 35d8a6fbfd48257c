import type { Metadata } from "next";
import { Link } from "@/components/link";
import { AuditChangesView } from "@/components/admin/audit-changes";
import { FilterDate, FilterSelect, labelOptions } from "@/components/admin/filter-field";
import { UndoTermChangeForm } from "@/components/admin/undo-term-change-form";
import { AUDIT_ACTIONS, AUDIT_TARGETS, UNDOABLE_ACTIONS, type AuditAction } from "@/lib/audit/catalogue";
import { auditFiltersSchema, auditHref } from "@/lib/audit/filters";
import { listAuditActors, listAuditEvents } from "@/lib/audit/queries";
import { requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Registro delle attività — area riservata" };

const dateTime = new Intl.DateTimeFormat("it-IT", { dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Rome" });
const field = "mt-1 rounded border border-muted px-3 py-2";

export default async function AuditLogPage({ searchParams }: PageProps<"/admin/registro">) {
  await requirePageUser("ADMIN", "/admin/registro");
  const filters = auditFiltersSchema.parse(await searchParams);
  const [{ total, items, pageCount }, actors] = await Promise.all([listAuditEvents(filters), listAuditActors()]);

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Registro delle attività</h1>
      <p className="text-muted">
        Ogni scrittura dell&apos;area riservata: schede, importazioni, vocabolari, utenti e uscite, con chi, quando e
        cosa è cambiato. Le unioni e i cambi di etichetta delle voci si possono annullare da qui.
      </p>
      <form method="get" className="flex flex-wrap items-end gap-4" aria-label="Filtra il registro">
        <FilterSelect
          name="attore"
          label="Chi"
          value={filters.attore}
          any="Tutti"
          options={actors.map((actor) => ({ value: String(actor.id), label: actor.name }))}
        />
        <FilterSelect
          name="azione"
          label="Azione"
          value={filters.azione}
          any="Tutte"
          options={labelOptions(AUDIT_ACTIONS)}
        />
        <FilterSelect
          name="oggetto"
          label="Oggetto"
          value={filters.oggetto}
          any="Tutti"
          options={labelOptions(AUDIT_TARGETS)}
        />
        <div>
          <label htmlFor="id" className="block font-semibold">
            Numero dell&apos;oggetto
          </label>
          <input id="id" name="id" inputMode="numeric" defaultValue={filters.id ?? ""} className={`${field} w-28`} />
        </div>
        <FilterDate name="dal" label="Dal" value={filters.dal} />
        <FilterDate name="al" label="Al" value={filters.al} />
        <button type="submit" className="rounded bg-primary px-4 py-2 font-semibold text-white">
          Filtra
        </button>
        <Link href="/admin/registro">Tutto il registro</Link>
      </form>
      <p role="status" data-testid="audit-count">
        {total === 1 ? "1 evento" : `${total} eventi`}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Eventi del registro, dal più recente</caption>
          <thead>
            <tr className="border-b-2 border-ink text-left">
              <th scope="col" className="py-2 pr-3">
                Quando
              </th>
              <th scope="col" className="py-2 pr-3">
                Chi
              </th>
              <th scope="col" className="py-2 pr-3">
                Azione
              </th>
              <th scope="col" className="py-2 pr-3">
                Oggetto
              </th>
              <th scope="col" className="py-2 pr-3">
                Cosa è cambiato
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((event) => (
              <tr key={event.id} className="border-b border-line align-top" data-testid="audit-event">
                <td className="py-2 pr-3 whitespace-nowrap">{dateTime.format(event.createdAt)}</td>
                <td className="py-2 pr-3">
                  {event.actor ? (
                    <Link href={auditHref({ attore: event.actor.id })}>{event.actor.name}</Link>
                  ) : (
                    "riga di comando"
                  )}
                </td>
                <td className="py-2 pr-3">{AUDIT_ACTIONS[event.action as AuditAction] ?? event.action}</td>
                <td className="py-2 pr-3">
                  {event.targetType === "practice" && event.targetId ? (
                    <Link href={`/admin/pratiche/${event.targetId}`}>{event.targetLabel}</Link>
                  ) : (
                    event.targetLabel
                  )}
                  {event.practiceIds.length > 1 && (
                    <span className="block text-muted">{event.practiceIds.length} schede</span>
                  )}
                </td>
                <td className="py-2 pr-3">
                  <AuditChangesView changes={event.changes} />
                  {event.undoneAt ? (
                    <p className="font-semibold">Annullata il {dateTime.format(event.undoneAt)}.</p>
                  ) : (
                    UNDOABLE_ACTIONS.has(event.action) && <UndoTermChangeForm eventId={event.id} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pageCount > 1 && (
        <nav aria-label="Paginazione" className="flex gap-4">
          {filters.pagina > 1 && <Link href={auditHref({ ...filters, pagina: filters.pagina - 1 })}>‹ Precedente</Link>}
          <span>
            Pagina {filters.pagina} di {pageCount}
          </span>
          {filters.pagina < pageCount && (
            <Link href={auditHref({ ...filters, pagina: filters.pagina + 1 })}>Successiva ›</Link>
          )}
        </nav>
      )}
    </div>
  );
}
