"use client";

import { Link } from "@/components/link";

// A client component (without props) only so that every page's payload, which carries the root
// layout's not-found boundary, refers to it instead of carrying its markup (issue #16, page weight).

export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="text-3xl font-bold">Pagina non trovata</h1>
      <p className="mt-4">L&apos;indirizzo richiesto non corrisponde a nessuna pagina del catalogo.</p>
      <p className="mt-4">
        <Link href="/">Vai alla pagina iniziale</Link> oppure <Link href="/pratiche">cerca tra le pratiche</Link>.
      </p>
    </div>
  );
}
