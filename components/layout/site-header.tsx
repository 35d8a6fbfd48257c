"use client";

import { Link } from "@/components/link";
import { LISTING_NAME } from "@/lib/practices/listing-name";

// A client component without props, on purpose: its markup is the same on every page, and as a
// server component it also travelled in every page's payload as a React tree (about 4 KB); now the
// payload names the component, and its code is one cached script.

const NAV = [
  { href: "/", label: "Home" },
  { href: "/pratiche", label: LISTING_NAME },
  { href: "/regioni", label: "Regioni" },
  { href: "/enti", label: "Enti" },
  { href: "/mappa", label: "Mappa" },
  { href: "/comuni-simili", label: "Comuni come il mio" },
  { href: "/statistiche", label: "Statistiche" },
  { href: "/open-data", label: "Dati aperti" },
  { href: "/segnala", label: "Segnala una pratica" },
];

function Icon({ path }: { path: string }) {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <path d={path} fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
    </svg>
  );
}

/**
 * On a phone a compact bar: the site's name, and the search and the menu behind two buttons —
 * <details> elements, so they open without JavaScript. From md up both are always open and their
 * buttons hidden (globals.css, `.header-disclosure`).
 */
export function SiteHeader() {
  // The skip link comes first, here rather than in the layout so that no page's payload carries it.
  return (
    <>
      <a
        href="#contenuto"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-3"
      >
        Vai al contenuto principale
      </a>
      <header className="no-print">
        <div className="bg-primary-darker text-white">
          <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-1 text-xs md:py-2 md:text-sm">
            <span className="font-semibold">Ministero del Lavoro e delle Politiche Sociali</span>
            <span className="hidden sm:inline">con ANCI Welfare e Banca Mondiale</span>
          </div>
        </div>
        <div className="relative bg-primary text-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 px-4 py-2 md:flex-nowrap md:py-5">
            <Link href="/" className="min-h-11 pr-28 text-white no-underline hover:no-underline md:pr-0">
              <span className="block text-base font-bold leading-tight md:text-2xl">
                I servizi sociali al tempo del Coronavirus
              </span>
              <span className="hidden text-base md:block">Catalogo delle pratiche di comuni e ambiti territoriali</span>
            </Link>
            <details className="header-disclosure header-search w-full md:w-auto md:max-w-sm md:flex-1">
              <summary className="header-toggle right-16" data-testid="header-search-toggle">
                <Icon path="M10.5 17a6.5 6.5 0 1 1 0-13 6.5 6.5 0 0 1 0 13zM15.5 15.5 21 21" />
                <span className="sr-only">Cerca</span>
              </summary>
              <form
                action="/pratiche"
                method="get"
                role="search"
                aria-label="Cerca nel sito"
                className="flex w-full pb-2 md:pb-0"
              >
                <label htmlFor="header-q" className="sr-only">
                  Cerca nel catalogo
                </label>
                <input
                  id="header-q"
                  name="q"
                  type="search"
                  placeholder="Cerca una pratica…"
                  className="w-full min-w-0 rounded-l border-0 bg-white px-3 py-2 text-ink placeholder:text-muted"
                />
                <button
                  type="submit"
                  className="rounded-r bg-primary-darker px-4 font-semibold text-white hover:bg-black"
                >
                  Cerca
                </button>
              </form>
            </details>
          </div>
          <details className="header-disclosure header-menu">
            <summary className="header-toggle right-4" data-testid="header-menu-toggle">
              <Icon path="M4 6h16M4 12h16M4 18h16" />
              <span className="sr-only">Menu</span>
            </summary>
            <nav aria-label="Navigazione principale" className="bg-primary-dark">
              <ul className="mx-auto flex max-w-6xl flex-col px-4 py-1 text-sm font-semibold md:flex-row md:flex-wrap md:gap-x-6 md:gap-y-1">
                {NAV.map((item) => (
                  <li key={item.href}>
                    <Link href={item.href} className="inline-block py-2 text-white md:py-1">
                      {item.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </details>
        </div>
      </header>
    </>
  );
}
