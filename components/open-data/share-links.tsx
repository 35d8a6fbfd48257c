import { BrowserShareButtons } from "@/components/open-data/copy-link-button";
import { SAMPLE_DISCLAIMER, SAMPLE_LABEL, sampleTitle } from "@/lib/practices/illustrative";

/** Share a sheet without third-party scripts: its address to copy, an e-mail, printing. */
export function ShareLinks({ url, title, isSample }: { url: string; title: string; isSample: boolean }) {
  const subject = sampleTitle(title, isSample);
  const body = [subject, ...(isSample ? [`${SAMPLE_LABEL}: ${SAMPLE_DISCLAIMER}.`] : []), url].join("\n");
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
            className="min-w-0 flex-1 rounded border border-muted px-2 py-1 font-mono text-xs"
          />
          <BrowserShareButtons url={url} />
          <a href={mail}>Invia per e-mail</a>
        </div>
      </section>
      <p className="hidden text-sm print:block">Scheda pubblicata su {url}</p>
    </>
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
