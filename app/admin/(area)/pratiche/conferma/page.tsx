import type { Metadata } from "next";
import { Link } from "@/components/link";
import { BulkStatusForm } from "@/components/admin/bulk-status-form";
import { StatusBadge } from "@/components/admin/status-badge";
import { requirePageUser } from "@/lib/auth/session";
import { practicesByIds } from "@/lib/practices/admin-list";
import { BULK_ACTIONS, bulkSelectionSchema } from "@/lib/practices/bulk.validation";

export const metadata: Metadata = { title: "Conferma l'azione sulle schede — area riservata" };

// The confirmation step of the admin list's bulk actions: what will happen to which sheets.
export default async function ConfirmBulkActionPage({ searchParams }: PageProps<"/admin/pratiche/conferma">) {
  await requirePageUser("EDITOR", "/admin/pratiche/conferma");
  const { azione, id, torna = "/admin/pratiche" } = bulkSelectionSchema.parse(await searchParams);
  const sheets = azione && id.length ? await practicesByIds(id) : [];
  if (!azione || sheets.length === 0) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold">Nessuna scheda selezionata</h1>
        <p>
          Seleziona le schede nella lista, poi scegli l&apos;azione. <Link href={torna}>Torna alla lista</Link>
        </p>
      </div>
    );
  }
  const info = BULK_ACTIONS[azione];
  const count = sheets.length === 1 ? "1 scheda" : `${sheets.length} schede`;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">
        {info.label}: {count}
      </h1>
      <p>
        {azione === "esporta"
          ? "Il file CSV conterrà queste schede, in qualsiasi stato. L'esportazione viene registrata."
          : azione === "pubblica"
            ? "Queste schede diventeranno visibili sul sito pubblico. Ogni scheda cambiata avrà una nuova versione nel suo storico."
            : "Queste schede non saranno più visibili sul sito pubblico. Ogni scheda cambiata avrà una nuova versione nel suo storico."}
      </p>
      <ul className="flex flex-col gap-1" data-testid="bulk-selection">
        {sheets.map((sheet) => (
          <li key={sheet.id}>
            <span className="font-mono">{sheet.code}</span> — {sheet.title} <StatusBadge status={sheet.status} />
            {azione === "pubblica" && sheet.status === "PUBLISHED" && sheet.draftVersion !== null && (
              <span className="text-sm font-semibold"> con modifiche non pubblicate, che verranno pubblicate</span>
            )}
          </li>
        ))}
      </ul>
      {azione === "esporta" ? (
        <form method="post" action="/admin/pratiche/esportazione" className="flex flex-col gap-3">
          {sheets.map((sheet) => (
            <input key={sheet.id} type="hidden" name="id" value={sheet.id} />
          ))}
          <div>
            <button type="submit" className="rounded bg-primary px-4 py-2 font-semibold text-white">
              Scarica il CSV ({count})
            </button>
          </div>
        </form>
      ) : (
        <BulkStatusForm action={azione} sheets={sheets} back={torna} count={count} />
      )}
      <p>
        <Link href={torna}>Annulla e torna alla lista</Link>
      </p>
    </div>
  );
}
