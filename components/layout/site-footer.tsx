"use client";

import { Link } from "@/components/link";

// A client component without props, like the site header (see there): its markup no longer travels
// in every page's payload.

export function SiteFooter() {
  return (
    <footer className="no-print mt-16 bg-primary-darker text-white">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm md:grid-cols-3">
        <div>
          <p className="font-semibold">Ministero del Lavoro e delle Politiche Sociali</p>
          <p>Direzione Generale per la lotta alla povertà e per la programmazione sociale</p>
        </div>
        <div>
          <p className="font-semibold">I dati</p>
          <p>
            Le schede provengono dalla pubblicazione «I Servizi sociali al tempo del Coronavirus» (luglio 2020), a cura
            del Ministero con ANCI Welfare e Banca Mondiale. Le schede segnate come illustrative sono esempi e non
            descrivono servizi reali.
          </p>
        </div>
        <div>
          <p className="font-semibold">Licenza</p>
          <p>Dati pubblicati con licenza Creative Commons Attribuzione 4.0 (CC BY 4.0).</p>
          <p className="mt-2">
            <Link href="/open-data" className="text-white underline">
              Dati aperti e API
            </Link>{" "}
            ·{" "}
            <a href="/feed.xml" className="text-white underline">
              Novità (Atom)
            </a>
          </p>
        </div>
      </div>
      <nav aria-label="Note del sito" className="border-t border-white/30">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-6 gap-y-2 px-4 py-4 text-sm">
          <li>
            <Link href="/privacy" className="text-white underline">
              Privacy
            </Link>
          </li>
          <li>
            <Link href="/note-legali" className="text-white underline">
              Note legali
            </Link>
          </li>
          <li>
            <Link href="/accessibilita" className="text-white underline">
              Dichiarazione di accessibilità
            </Link>
          </li>
          <li>
            <Link href="/accessibilita#feedback" className="text-white underline">
              Segnala un problema di accessibilità
            </Link>
          </li>
        </ul>
      </nav>
    </footer>
  );
}
