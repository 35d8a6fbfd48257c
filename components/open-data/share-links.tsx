"use client";

import { BrowserShareButtons } from "@/components/open-data/copy-link-button";
import { PrintDate } from "@/components/open-data/print-date";
import { SAMPLE_DISCLAIMER, SAMPLE_LABEL, sampleTitle } from "@/lib/practices/illustrative";

const SITE_NAME = "I servizi sociali al tempo del Coronavirus — Catalogo delle pratiche";
const SOURCE =
  "Ministero del Lavoro e delle Politiche Sociali (DG Lotta alla povertà), ANCI Welfare e Banca Mondiale, «I servizi sociali al tempo del Coronavirus», luglio 2020";

// Client components only so that a sheet's payload carries the address and title, not this markup
// (issue #16, page weight): they render the same markup on the server.

/**
 * Share a sheet without third-party scripts: the device's share sheet where there is one, its
 * address to copy (a full-width field on a phone), an e-mail, printing.
 */
export function ShareLinks({ url, title, isSample }: { url: string; title: string; isSample: boolean }) {
  const subject = sampleTitle(title, isSample);
  const note = isSample ? `${SAMPLE_LABEL}: ${SAMPLE_DISCLAIMER}.` : null;
  const body = [subject, ...(note ? [note] : []), url].join("\n");
  const mail = `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return (
    <>
      <section
        aria-labelledby="condividi"
        className="no-print flex flex-col gap-2 rounded border border-line p-4"
        data-testid="share"
      >
        <h2 id="condividi" className="text-lg font-bold">
          Condividi questa pratica
        </h2>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <label htmlFor="link-scheda" className="sr-only">
            Indirizzo della scheda
          </label>
          <input
            id="link-scheda"
            readOnly
            value={url}
            className="w-full min-w-0 rounded border border-muted px-2 py-2 font-mono text-sm sm:w-auto sm:flex-1 sm:py-1 sm:text-xs"
          />
          <BrowserShareButtons url={url} title={subject} text={note ?? undefined} />
          <a href={mail}>Invia per e-mail</a>
        </div>
      </section>
      <footer className="hidden border-t border-line pt-2 text-sm print:block" data-testid="print-citation">
        <p>
          Fonte: {SOURCE}. Scheda pubblicata su {url}
          {isSample ? ` — ${SAMPLE_LABEL.toLowerCase()}: ${SAMPLE_DISCLAIMER}.` : "."}
        </p>
      </footer>
    </>
  );
}

/** At the top of a printed sheet: whose site it is and when it was printed. */
export function PrintHeader() {
  return (
    <div className="hidden border-b border-line pb-2 text-sm print:block" data-testid="print-header">
      <p className="font-bold">{SITE_NAME}</p>
      <PrintDate />
    </div>
  );
}

/** A4 pages with readable margins when a sheet is printed. */
export function PrintStyles() {
  return (
    <style href="stampa-a4" precedence="default">
      {
        "@page { size: A4; margin: 16mm 15mm; } @media print { body { font-size: 11pt; } h1 { break-after: avoid; } section { break-inside: avoid-page; } }"
      }
    </style>
  );
}
