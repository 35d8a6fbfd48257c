import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";

export const metadata: Metadata = {
  title: "Privacy",
  description: "Come il catalogo tratta i dati personali di chi lo consulta.",
  alternates: { canonical: "/privacy" },
};

export default function PrivacyPage() {
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8">
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Privacy" }]} />
      <h1 className="text-3xl font-bold">Informativa sulla privacy</h1>
      <p className="rounded border-l-4 border-warning bg-warning-light px-4 py-3">
        Testo provvisorio: l&apos;informativa definitiva ai sensi degli articoli 13 e 14 del Regolamento (UE) 2016/679 è
        redatta dal titolare del trattamento, il Ministero del Lavoro e delle Politiche Sociali, e sostituirà questa
        pagina.
      </p>
      <section aria-labelledby="consultazione" className="flex flex-col gap-2">
        <h2 id="consultazione" className="text-2xl font-bold">
          Chi consulta il catalogo
        </h2>
        <p>
          Il catalogo non chiede registrazione, non usa cookie di profilazione né strumenti di tracciamento di terze
          parti e non carica risorse da altri siti: caratteri, mappe e grafici sono serviti dal sito stesso. Il server
          registra, come ogni server web, i dati tecnici delle richieste (indirizzo, pagina, data e ora) per la
          sicurezza del servizio. Chi invia un modulo senza JavaScript e deve correggerlo riceve per un&apos;ora un
          cookie tecnico (<code>modulo_risposta</code>) che mostra solo a quel browser quanto aveva scritto.
        </p>
      </section>
      <section aria-labelledby="riservata" className="flex flex-col gap-2">
        <h2 id="riservata" className="text-2xl font-bold">
          Area riservata
        </h2>
        <p>
          Il personale che accede all&apos;area riservata usa un cookie tecnico di sessione, necessario al
          funzionamento, che scade dopo 8 ore di inattività o all&apos;uscita, e un cookie tecnico del dispositivo (
          <code>dispositivo_admin</code>, 180 giorni) che riconosce il browser da cui si è già entrati, perché i
          tentativi di accesso altrui non blocchino il titolare. Ogni modifica alle schede registra chi l&apos;ha fatta
          e quando.
        </p>
      </section>
      <section aria-labelledby="schede" className="flex flex-col gap-2">
        <h2 id="schede" className="text-2xl font-bold">
          Le schede
        </h2>
        <p>
          Le schede descrivono servizi di comuni e ambiti territoriali e non contengono dati personali di cittadini o
          utenti dei servizi.
        </p>
      </section>
      <section aria-labelledby="segnalazioni" className="flex flex-col gap-2">
        <h2 id="segnalazioni" className="text-2xl font-bold">
          Chi segnala una pratica
        </h2>
        <p>
          Chi propone una pratica da <a href="/segnala">Segnala una pratica</a> indica nome, ruolo, e-mail istituzionale
          ed ente. Questi dati servono solo alla redazione per verificare la segnalazione e, se serve, contattare chi
          l&apos;ha inviata; non compaiono sul sito, negli open data o nell&apos;API e sono cancellati automaticamente
          90 giorni dopo la decisione sulla segnalazione.
        </p>
      </section>
    </div>
  );
}
