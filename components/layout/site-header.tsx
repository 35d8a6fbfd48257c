import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="no-print">
      <div className="bg-primary-darker text-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-2 text-sm">
          <span className="font-semibold">Ministero del Lavoro e delle Politiche Sociali</span>
          <span className="hidden sm:inline">con ANCI Welfare e Banca Mondiale</span>
        </div>
      </div>
      <div className="bg-primary text-white">
        <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-5 md:flex-row md:items-center md:justify-between">
          <Link href="/" className="text-white no-underline hover:no-underline">
            <span className="block text-2xl font-bold leading-tight">I servizi sociali al tempo del Coronavirus</span>
            <span className="block text-base">Catalogo delle pratiche di comuni e ambiti territoriali</span>
          </Link>
          <form
            action="/pratiche"
            method="get"
            role="search"
            aria-label="Cerca nel sito"
            className="flex w-full max-w-sm"
          >
            <label htmlFor="header-q" className="sr-only">
              Cerca nel catalogo
            </label>
            <input
              id="header-q"
              name="q"
              type="search"
              placeholder="Cerca una pratica…"
              className="w-full rounded-l border-0 bg-white px-3 py-2 text-ink placeholder:text-muted"
            />
            <button type="submit" className="rounded-r bg-primary-darker px-4 font-semibold text-white hover:bg-black">
              Cerca
            </button>
          </form>
        </div>
        <nav aria-label="Navigazione principale" className="bg-primary-dark">
          <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-6 gap-y-1 px-4 py-1 text-sm font-semibold">
            <li>
              <Link href="/" className="inline-block py-1 text-white">
                Home
              </Link>
            </li>
            <li>
              <Link href="/pratiche" className="inline-block py-1 text-white">
                Tutte le pratiche
              </Link>
            </li>
            <li>
              <Link href="/regioni" className="inline-block py-1 text-white">
                Regioni
              </Link>
            </li>
            <li>
              <Link href="/mappa" className="inline-block py-1 text-white">
                Mappa
              </Link>
            </li>
            <li>
              <Link href="/comuni-simili" className="inline-block py-1 text-white">
                Comuni come il mio
              </Link>
            </li>
            <li>
              <Link href="/statistiche" className="inline-block py-1 text-white">
                Statistiche
              </Link>
            </li>
            <li>
              <Link href="/open-data" className="inline-block py-1 text-white">
                Dati aperti
              </Link>
            </li>
            <li>
              <Link href="/segnala" className="inline-block py-1 text-white">
                Segnala una pratica
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
