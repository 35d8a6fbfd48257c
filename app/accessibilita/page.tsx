import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { env } from "@/lib/env";

export const metadata: Metadata = {
  title: "Accessibilità",
  description: "Dichiarazione di accessibilità del catalogo e come segnalare un problema di accessibilità.",
  alternates: { canonical: "/accessibilita" },
};

// The address comes from ACCESSIBILITY_FEEDBACK_EMAIL (README, Configuration): the page never
// names the setting, which means nothing to a visitor.
export default function AccessibilityPage() {
  const { ACCESSIBILITY_STATEMENT_URL: statementUrl, ACCESSIBILITY_FEEDBACK_EMAIL: feedbackEmail } = env();
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8">
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Accessibilità" }]} />
      <h1 className="text-3xl font-bold">Accessibilità</h1>
      <p className="text-lg">
        Il sito è progettato per rispettare i requisiti della Legge 4/2004 e delle Linee guida AgID
        sull&apos;accessibilità degli strumenti informatici, cioè la norma EN 301 549 e le WCAG 2.1 di livello AA.
      </p>

      <section aria-labelledby="dichiarazione" className="flex flex-col gap-2">
        <h2 id="dichiarazione" className="text-2xl font-bold">
          Dichiarazione di accessibilità
        </h2>
        {statementUrl ? (
          <p>
            La dichiarazione di accessibilità del sito è pubblicata sulla piattaforma AgID:{" "}
            <a href={statementUrl}>leggi la dichiarazione di accessibilità su form.agid.gov.it</a>.
          </p>
        ) : (
          <p>
            La dichiarazione di accessibilità è compilata e pubblicata dal Ministero del Lavoro e delle Politiche
            Sociali sulla piattaforma di AgID, <a href="https://form.agid.gov.it/">form.agid.gov.it</a>. Il collegamento
            diretto sarà riportato qui appena la dichiarazione sarà pubblicata.
          </p>
        )}
      </section>

      <section aria-labelledby="come" className="flex flex-col gap-2">
        <h2 id="come" className="text-2xl font-bold">
          Come è fatto il sito
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>Si usa con la sola tastiera: il primo tasto Tab porta al collegamento «Vai al contenuto principale».</li>
          <li>
            La ricerca e i filtri funzionano anche senza JavaScript. I filtri si applicano solo con il pulsante
            «Mostra», che dice quante pratiche darà la scelta; il numero di risultati è annunciato ai lettori di schermo
            e, cambiata pagina, il cursore va al titolo dei risultati.
          </li>
          <li>Grafici e mappa sono accompagnati da tabelle con gli stessi dati.</li>
          <li>
            Il testo si può ingrandire fino al 200% senza perdere contenuti; le animazioni si riducono se il sistema lo
            chiede.
          </li>
          <li>Le schede si stampano su un foglio pulito, senza menu né piè di pagina.</li>
        </ul>
      </section>

      <section aria-labelledby="feedback" className="flex flex-col gap-2">
        <h2 id="feedback" className="text-2xl font-bold">
          Segnala un problema di accessibilità
        </h2>
        {feedbackEmail ? (
          <p>
            Se trovi contenuti o funzioni che non riesci a usare, scrivi a{" "}
            <a href={`mailto:${feedbackEmail}`}>{feedbackEmail}</a> indicando la pagina e il problema: ti risponderemo
            entro 30 giorni. Se la risposta non è soddisfacente o manca, puoi rivolgerti al Difensore civico per il
            digitale presso AgID.
          </p>
        ) : (
          <p
            className="rounded border-l-4 border-warning bg-warning-light px-4 py-3"
            data-testid="feedback-placeholder"
          >
            Recapito da confermare: l&apos;indirizzo per le segnalazioni sarà indicato dal Ministero nella dichiarazione
            di accessibilità. Nel frattempo puoi rivolgerti al Difensore civico per il digitale presso AgID.
          </p>
        )}
      </section>
    </div>
  );
}
