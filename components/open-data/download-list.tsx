const DOWNLOADS = [
  {
    href: "/open-data/pratiche.csv?separatore=punto-e-virgola",
    label: "Tutte le schede, CSV per Excel",
    format: "CSV, separatore ;, UTF-8",
  },
  {
    href: "/open-data/pratiche.csv",
    label: "Tutte le schede, CSV",
    format: "CSV, separatore virgola, UTF-8 (RFC 4180)",
  },
  { href: "/open-data/pratiche.json", label: "Tutte le schede, JSON", format: "JSON, con i metadati" },
  {
    href: "/api/v1/pratiche",
    label: "API di ricerca",
    format: "JSON, 24 schede per pagina, con i conteggi dei filtri",
  },
  { href: "/api/v1/openapi.json", label: "Descrizione dell'API", format: "OpenAPI 3.1" },
  { href: "/feed.xml", label: "Schede nuove e aggiornate", format: "Atom" },
  { href: "/open-data/dcat-ap-it.jsonld", label: "Metadati del dataset (DCAT-AP_IT)", format: "JSON-LD" },
  { href: "/open-data/dcat-ap-it.ttl", label: "Metadati del dataset (DCAT-AP_IT)", format: "Turtle" },
] as const;

export function DownloadList() {
  return (
    <ul className="grid gap-3 sm:grid-cols-2" data-testid="downloads">
      {DOWNLOADS.map((download) => (
        <li key={download.href} className="rounded border border-line p-3">
          <a href={download.href} className="font-semibold">
            {download.label}
          </a>
          <p className="text-sm text-muted">
            {download.format} · <code>{download.href}</code>
          </p>
        </li>
      ))}
    </ul>
  );
}
