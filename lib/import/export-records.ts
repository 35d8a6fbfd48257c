import { CSV_COLUMNS } from "@/lib/open-data/csv";

// Our JSON download ({ metadati, pratiche: [...] }) read back as an import file: each record's
// coded values ({ slug, etichetta }) become their slug and its `ente` and `regione` objects the
// template's columns, as the CSV download writes them. Plain import files pass unchanged.

type Cells = Record<string, unknown>;

const isObject = (value: unknown): value is Cells =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** The sheets of our JSON download, or null when the value is not one. */
export function exportedSheets(data: unknown): unknown[] | null {
  return isObject(data) && isObject(data.metadati) && Array.isArray(data.pratiche) ? data.pratiche : null;
}

const slugOf = (value: unknown) => (isObject(value) && typeof value.slug === "string" ? value.slug : value);

/** A record of our download as the template's cells; anything else as it is. */
export function flattenExportRecord(item: Cells): Cells {
  if (!isObject(item.ente) || !isObject(item.regione)) return item;
  const { ente, regione, ...rest } = item;
  const cells: Cells = {};
  for (const [key, value] of Object.entries(rest)) {
    cells[key] = Array.isArray(value) ? value.map(slugOf) : slugOf(value);
  }
  Object.assign(cells, {
    ente_nome: ente.nome,
    ente_tipo: slugOf(ente.tipo),
    ente_codice_istat: ente.codice_istat,
    provincia: ente.provincia,
    ente_slug: ente.slug,
    fascia_popolazione: slugOf(ente.fascia_popolazione),
    regione: regione.nome,
    ripartizione: slugOf(regione.ripartizione),
  });
  // Only the CSV download's columns: the rest (population, links) describes the published copy.
  return Object.fromEntries(Object.entries(cells).filter(([key]) => (CSV_COLUMNS as string[]).includes(key)));
}
