import type { Metadata } from "next";
import { Link } from "@/components/link";
import { Breadcrumbs } from "@/components/breadcrumbs";

export const metadata: Metadata = {
  title: "Note legali",
  description: "Licenza dei dati e dei contenuti del catalogo e limiti di responsabilità.",
  alternates: { canonical: "/note-legali" },
};

export default function LegalNotesPage() {
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8">
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Note legali" }]} />
      <h1 className="text-3xl font-bold">Note legali</h1>
      <section aria-labelledby="licenza" className="flex flex-col gap-2">
        <h2 id="licenza" className="text-2xl font-bold">
          Licenza dei dati
        </h2>
        <p>
          Le schede e i dati del catalogo sono pubblicati con licenza Creative Commons Attribuzione 4.0 Internazionale
          (CC BY 4.0): si possono riutilizzare citando la fonte, come indicato nella pagina{" "}
          <Link href="/open-data">Dati aperti</Link>. I dati geografici dei comuni sono di fonte ISTAT (CC BY 3.0 IT).
        </p>
      </section>
      <section aria-labelledby="illustrative" className="flex flex-col gap-2">
        <h2 id="illustrative" className="text-2xl font-bold">
          Schede illustrative
        </h2>
        <p>
          Le schede segnate come «Scheda illustrativa» sono esempi: non descrivono servizi realmente erogati e non vanno
          citate come tali.
        </p>
      </section>
      <section aria-labelledby="responsabilita" className="flex flex-col gap-2">
        <h2 id="responsabilita" className="text-2xl font-bold">
          Responsabilità
        </h2>
        <p>
          Le schede riportano quanto dichiarato dagli enti che le hanno compilate; non costituiscono un campione
          statistico né una valutazione dei servizi. Le segnalazioni di errori sono benvenute e vengono verificate con
          gli enti.
        </p>
      </section>
    </div>
  );
}
