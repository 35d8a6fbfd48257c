import type { Metadata } from "next";
import { Link } from "@/components/link";
import { requirePageUser } from "@/lib/auth/session";
import { KIND_SLUGS, STATUS_SLUGS, SUBMISSION_KIND_LABELS, SUBMISSION_STATUS_LABELS } from "@/lib/submissions/labels";
import { listSubmissions } from "@/lib/submissions/queries";

export const metadata: Metadata = { title: "Segnalazioni — area riservata" };

const dateFormat = new Intl.DateTimeFormat("it-IT", {
  dateStyle: "short",
  timeStyle: "short",
  timeZone: "Europe/Rome",
});

function age(ms: number) {
  const hours = Math.floor(ms / 3_600_000);
  if (hours < 1) return "meno di un'ora";
  if (hours < 48) return `${hours} ${hours === 1 ? "ora" : "ore"}`;
  return `${Math.floor(hours / 24)} giorni`;
}

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function SubmissionQueuePage({ searchParams }: PageProps<"/admin/segnalazioni">) {
  await requirePageUser("EDITOR", "/admin/segnalazioni");
  const query = await searchParams;
  const statusSlug = one(query.stato);
  const kindSlug = one(query.tipo);
  const status = statusSlug ? STATUS_SLUGS[statusSlug] : undefined;
  const kind = kindSlug ? KIND_SLUGS[kindSlug] : undefined;
  const items = await listSubmissions({ status, kind });
  const href = (next: { stato?: string; tipo?: string }) => {
    const params = new URLSearchParams();
    const merged = { stato: statusSlug, tipo: kindSlug, ...next };
    if (merged.stato) params.set("stato", merged.stato);
    if (merged.tipo) params.set("tipo", merged.tipo);
    const text = params.toString();
    return `/admin/segnalazioni${text ? `?${text}` : ""}`;
  };

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Segnalazioni</h1>
      <p className="text-sm text-muted">
        Proposte arrivate da /segnala. Quelle segnate «senza verifica» sono state inviate senza JavaScript (nessuna
        prova anti-abuso): controllale con più attenzione.
      </p>
      <nav aria-label="Filtra per stato" className="flex flex-wrap gap-3 text-sm">
        <span className="font-semibold">Stato:</span>
        <Link href={href({ stato: "" })} aria-current={!status ? "page" : undefined}>
          da decidere
        </Link>
        {Object.entries(STATUS_SLUGS).map(([slug, value]) => (
          <Link key={slug} href={href({ stato: slug })} aria-current={status === value ? "page" : undefined}>
            {SUBMISSION_STATUS_LABELS[value].toLowerCase()}
          </Link>
        ))}
      </nav>
      <nav aria-label="Filtra per tipo" className="flex flex-wrap gap-3 text-sm">
        <span className="font-semibold">Tipo:</span>
        <Link href={href({ tipo: "" })} aria-current={!kind ? "page" : undefined}>
          tutti
        </Link>
        {Object.entries(KIND_SLUGS).map(([slug, value]) => (
          <Link key={slug} href={href({ tipo: slug })} aria-current={kind === value ? "page" : undefined}>
            {SUBMISSION_KIND_LABELS[value].toLowerCase()}
          </Link>
        ))}
      </nav>
      {items.length === 0 ? (
        <p className="rounded border border-line bg-surface p-6">Nessuna segnalazione con questi filtri.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2">
                Codice
              </th>
              <th scope="col">Tipo</th>
              <th scope="col">Pratica</th>
              <th scope="col">Ente</th>
              <th scope="col">Stato</th>
              <th scope="col">Arrivata</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} className="border-b border-line align-top">
                <td className="py-2 font-mono">
                  <Link href={`/admin/segnalazioni/${item.id}`}>{item.code}</Link>
                </td>
                <td>{SUBMISSION_KIND_LABELS[item.kind]}</td>
                <td>{item.title}</td>
                <td>{item.entityName}</td>
                <td>
                  {SUBMISSION_STATUS_LABELS[item.status]}
                  {item.flagged && <span className="ml-1 font-semibold text-warning">· senza verifica</span>}
                </td>
                <td title={dateFormat.format(item.createdAt)}>{age(item.ageMs)} fa</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
