"use client";

// Client components so that the pages showing them carry a reference in their payload, not this
// text (issue #16, page weight).

/** Says plainly that sample sheets are invented; shown on every page that lists or shows them. */
export function SampleNotice({ count, single = false }: { count?: number; single?: boolean }) {
  return (
    <div role="note" className="rounded border-l-4 border-warning bg-warning-light px-4 py-3 text-sm text-ink">
      <p className="font-semibold">{single ? "Scheda illustrativa" : "Contiene schede illustrative"}</p>
      <p>
        {single
          ? "Questa scheda è un esempio generato per mostrare il funzionamento del catalogo: il contenuto è inventato e non descrive un servizio reale dell'ente indicato. Dell'ente sono reali solo il nome, la provincia, la regione e la popolazione."
          : `${count ? `${count} schede sono` : "Le schede segnate sono"} esempi generati per mostrare il funzionamento del catalogo, in attesa delle 240 schede reali della pubblicazione: i loro contenuti sono inventati e non descrivono servizi reali degli enti indicati.`}
      </p>
    </div>
  );
}

/**
 * The same notice in one line, for listings: every card of an illustrative sheet carries its own
 * badge, so above the results the notice only has to say what the badge means.
 */
export function SampleNoticeLine() {
  return (
    <p role="note" className="border-l-4 border-warning bg-warning-light px-3 py-1 text-sm text-ink">
      <strong>Schede illustrative:</strong> esempi inventati, non servizi reali.
    </p>
  );
}
