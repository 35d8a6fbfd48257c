import type { Metadata } from "next";
import { Link } from "@/components/link";
import { SampleRemovalForm } from "@/components/admin/import-action-forms";
import { ImportUploadForm } from "@/components/admin/import-upload-form";
import { hasRole, requirePageUser } from "@/lib/auth/session";
import { MAX_IMPORT_ROWS_LABEL, MAX_IMPORT_SIZE_LABEL } from "@/lib/import/limits";
import { countSheetsByOrigin, listRecentImports } from "@/lib/import/queries";
import { columnGuide } from "@/lib/import/template";
import { UPLOAD_ERRORS } from "@/lib/import/upload-errors";
import { MULTI_VALUE_SEPARATOR } from "@/lib/practices/practice-fields";
import { loadReference } from "@/lib/practices/reference";

export const metadata: Metadata = { title: "Importa schede — area riservata" };

const dateTime = new Intl.DateTimeFormat("it-IT", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Rome" });

function outcomeOf(job: Awaited<ReturnType<typeof listRecentImports>>[number]) {
  if (job.problemCount > 0)
    return `non importabile: ${job.problemCount === 1 ? "1 problema" : `${job.problemCount} problemi`}`;
  if (job.status === "FAILED") return "non importabile: il catalogo era cambiato dopo l'anteprima";
  if (!job.counts) return "riepilogo non leggibile: apri l'importazione";
  const { created, updated } = job.counts;
  if (created + updated === 0) return "nessuna modifica";
  return `${job.status === "COMMITTED" ? "importata" : "da confermare"}: ${created} nuove, ${updated} aggiornate`;
}

export default async function ImportPage({ searchParams }: PageProps<"/admin/import">) {
  const user = await requirePageUser("EDITOR", "/admin/import");
  const [query, reference, recent, origin] = await Promise.all([
    searchParams,
    loadReference(),
    listRecentImports(),
    countSheetsByOrigin(),
  ]);
  const uploadError = UPLOAD_ERRORS[String(query.errore) as keyof typeof UPLOAD_ERRORS];
  const removed =
    query.esito === "esempi-eliminati"
      ? { sheets: Number(query.schede) || 0, entities: Number(query.enti) || 0 }
      : null;

  return (
    <div className="flex max-w-4xl flex-col gap-10">
      <h1 className="text-3xl font-bold">Importa schede</h1>
      {uploadError && (
        <p role="alert" className="rounded border-l-4 border-danger bg-red-50 px-3 py-2 font-semibold">
          {uploadError}
        </p>
      )}
      {removed && (
        <p role="status" className="rounded border-l-4 border-success bg-green-50 px-3 py-2 font-semibold">
          Eliminate {removed.sheets} schede illustrative e {removed.entities} enti che comparivano solo in quelle.
        </p>
      )}

      <section aria-labelledby="prepara" className="flex flex-col gap-3">
        <h2 id="prepara" className="text-xl font-bold">
          1. Prepara il file
        </h2>
        <p>
          Scarica il modello, <a href="/admin/import/modello.xlsx">in Excel (.xlsx)</a> o{" "}
          <a href="/admin/import/modello.csv">in CSV</a>: una colonna per campo, una riga per scheda. La riga
          d&apos;esempio va sostituita con le schede reali.
        </p>
        <ul className="list-disc pl-6">
          <li>
            Formati: CSV (UTF-8 con o senza BOM, oppure Windows-1252; separatore <code>;</code> o <code>,</code>), XLSX
            (primo foglio), JSON (elenco di oggetti con i nomi delle colonne).
          </li>
          <li>
            Limiti: {MAX_IMPORT_SIZE_LABEL} e {MAX_IMPORT_ROWS_LABEL} schede per file; oltre, dividi il file.
          </li>
          <li>
            Più valori nella stessa cella si separano con <code>{MULTI_VALUE_SEPARATOR}</code>; i valori dei vocabolari
            si scrivono con l&apos;etichetta o con il codice.
          </li>
          <li>
            Le schede si riconoscono dal <strong>codice</strong>: una scheda con un codice già presente viene
            aggiornata, le altre vengono create. Ricaricare lo stesso file non cambia nulla.
          </li>
          <li>
            Per una scheda già presente l&apos;importazione cambia solo ciò che il file dice: una colonna assente lascia
            il campo com&apos;è, e così una cella vuota, a meno di scegliere «le celle vuote cancellano» al caricamento.
            L&apos;anteprima mostra ogni campo che cambia (prima → dopo) e chiede una spunta per le righe che cancellano
            valori, cambiano lo stato o riguardano schede modificate dopo l&apos;esportazione del file.
          </li>
          <li>
            Se la cella <code>stato</code> è vuota, una scheda nuova viene pubblicata e una già presente mantiene il suo
            stato.
          </li>
        </ul>
        <details className="rounded border border-line px-4 py-2">
          <summary className="cursor-pointer font-semibold">Le colonne del modello e i valori ammessi</summary>
          <table className="mt-3 w-full border-collapse text-sm">
            <thead>
              <tr className="border-b-2 border-ink text-left">
                <th scope="col" className="py-1 pr-3">
                  Colonna
                </th>
                <th scope="col" className="py-1 pr-3">
                  Campo
                </th>
                <th scope="col" className="py-1 pr-3">
                  Valori ammessi
                </th>
              </tr>
            </thead>
            <tbody>
              {columnGuide(reference).map((column) => (
                <tr key={column.field} className="border-b border-line align-top">
                  <td className="py-1 pr-3 font-mono">{column.field}</td>
                  <td className="py-1 pr-3">
                    {column.label}
                    {column.required && <strong> (obbligatoria)</strong>}
                  </td>
                  <td className="py-1 pr-3">{column.values}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>

      <section aria-labelledby="carica" className="flex flex-col gap-3">
        <h2 id="carica" className="text-xl font-bold">
          2. Carica e controlla
        </h2>
        <p>
          Il file viene controllato per intero e vedrai cosa verrà creato, aggiornato o lasciato invariato: nulla viene
          scritto finché non confermi.
        </p>
        <ImportUploadForm />
      </section>

      {recent.length > 0 && (
        <section aria-labelledby="recenti" className="flex flex-col gap-3">
          <h2 id="recenti" className="text-xl font-bold">
            Importazioni recenti
          </h2>
          <ul className="flex flex-col gap-1">
            {recent.map((job) => (
              <li key={job.id}>
                <Link href={`/admin/import/${job.id}`}>{job.fileName}</Link> — {dateTime.format(job.createdAt)}
                {job.userName && `, ${job.userName}`} · {outcomeOf(job)}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="illustrative" className="flex flex-col gap-3">
        <h2 id="illustrative" className="text-xl font-bold">
          Schede illustrative
        </h2>
        {origin.samples === 0 ? (
          <p>Il catalogo non contiene più schede illustrative.</p>
        ) : (
          <>
            <p>
              Il catalogo contiene {origin.samples} schede illustrative e {origin.realPublished} schede reali
              pubblicate. Quando le schede reali sono caricate, un amministratore può eliminare quelle illustrative (e
              gli enti che comparivano solo in quelle).
            </p>
            {!hasRole(user, "ADMIN") ? (
              <p className="text-muted">Solo un amministratore può eliminarle.</p>
            ) : origin.realPublished === 0 ? (
              <p className="text-muted">Potrai eliminarle dopo aver importato e pubblicato le schede reali.</p>
            ) : (
              <SampleRemovalForm count={origin.samples} />
            )}
          </>
        )}
      </section>
    </div>
  );
}
