import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { ImportConfirmForm } from "@/components/admin/import-action-forms";
import { ImportCounts, ImportProblemsTable, ImportRowsTable } from "@/components/admin/import-report";
import { requirePageUser } from "@/lib/auth/session";
import { flaggedRows, unconfirmedMessage } from "@/lib/import/apply";
import { getImportJob } from "@/lib/import/queries";
import { parseId } from "@/lib/route-params";

export const metadata: Metadata = { title: "Anteprima dell'importazione — area riservata" };

const number = new Intl.NumberFormat("it-IT");
const dateTime = new Intl.DateTimeFormat("it-IT", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Rome" });

export default async function ImportJobPage({ params, searchParams }: PageProps<"/admin/import/[id]">) {
  const { id: rawId } = await params;
  await requirePageUser("EDITOR", `/admin/import/${rawId}`);
  const id = parseId(rawId);
  const job = id ? await getImportJob(id) : null;
  if (!job) notFound();
  const { summary } = job;
  const rowLabel = job.format === "json" ? "Elemento" : "Riga";
  const changes = summary.counts.created + summary.counts.updated;
  const query = await searchParams;
  const justImported = query.esito === "importata";
  const flagged = flaggedRows(summary.rows);
  const refusal = query.errore === "da-confermare" && flagged.length ? unconfirmedMessage(flagged) : undefined;
  const { problemCount } = job;
  const noted = summary.rows.filter((row) => row.notes?.length).length;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <p>
          <Link href="/admin/import">‹ Importa schede</Link>
        </p>
        <h1 className="text-3xl font-bold">Importazione di «{job.fileName}»</h1>
        <p className="text-muted">
          Caricato il {dateTime.format(job.createdAt)}
          {job.user && ` da ${job.user.name}`} · {job.rowCount} {job.rowCount === 1 ? "riga" : "righe"}
          {summary.details && ` · ${summary.details}`}
        </p>
      </div>

      {job.status === "FAILED" && (
        <div role="alert" className="rounded border-l-4 border-danger bg-red-50 px-4 py-3">
          <p className="font-semibold">
            {summary.failure ??
              `Il file contiene ${problemCount === 1 ? "un problema" : `${number.format(problemCount)} problemi`}: nessuna scheda è stata scritta.`}
          </p>
          {!summary.failure && <p>Correggi il file (righe e colonne sono indicate qui sotto) e caricalo di nuovo.</p>}
        </div>
      )}
      {job.status === "COMMITTED" && (
        <p role="status" className="rounded border-l-4 border-success bg-green-50 px-4 py-3 font-semibold">
          {justImported ? "Importazione completata" : "Importato"}
          {job.committedAt && ` il ${dateTime.format(job.committedAt)}`}: le schede qui sotto sono nel catalogo.
        </p>
      )}
      {job.status === "PREVIEW" && changes > 0 && (
        <p className="rounded border-l-4 border-primary bg-primary-lightest px-4 py-3">
          <strong>Anteprima:</strong> nulla è stato ancora scritto. Controlla l&apos;esito di ogni riga e conferma.
        </p>
      )}

      {summary.problems.length > 0 && (
        <section aria-labelledby="problemi" className="flex flex-col gap-3">
          <h2 id="problemi" className="text-xl font-bold">
            Problemi da correggere
          </h2>
          <ImportProblemsTable problems={summary.problems} total={problemCount} rowLabel={rowLabel} />
        </section>
      )}

      {summary.rows.length > 0 && (
        <section aria-labelledby="esito" className="flex flex-col gap-4">
          <h2 id="esito" className="text-xl font-bold">
            {job.status === "COMMITTED" ? "Esito" : "Cosa farà l'importazione"}
          </h2>
          <ImportCounts counts={summary.counts} />
          {summary.counts.updated > 0 && (
            <p className="text-sm">
              Per le schede esistenti cambiano solo i campi indicati qui sotto: le colonne assenti dal file non cambiano
              nulla, e le celle vuote{" "}
              {summary.clearBlanks
                ? "cancellano il valore del campo (scelta fatta al caricamento)"
                : "lasciano il campo com'è"}
              . Una cella di <code>stato</code> vuota lascia lo stato com&apos;è.
            </p>
          )}
          {noted > 0 && (
            <p className="text-sm" data-testid="import-entity-note">
              {noted === 1 ? "Una riga indica" : `${number.format(noted)} righe indicano`} per un ente già presente una
              provincia o un codice ISTAT diversi dai suoi: non vengono applicati (vedi le note nella tabella).
              Provincia e codice ISTAT di un ente si correggono nella sua pagina in <Link href="/admin/enti">Enti</Link>
              , per tutte le sue schede.
            </p>
          )}
          {job.status === "PREVIEW" &&
            (changes > 0 ? (
              <ImportConfirmForm
                jobId={job.id}
                changes={changes}
                flagged={flagged}
                refusal={refusal}
                rowLabel={rowLabel}
              />
            ) : (
              <p>
                Il file coincide con il catalogo: non c&apos;è nulla da importare.{" "}
                {summary.counts.unchanged === 1
                  ? "La scheda del file resta invariata."
                  : `Le ${summary.counts.unchanged} schede del file restano invariate.`}
              </p>
            ))}
          <ImportRowsTable rows={summary.rows} rowLabel={rowLabel} />
        </section>
      )}

      <p>
        <Link href="/admin/import">Carica un altro file</Link>
      </p>
    </div>
  );
}
