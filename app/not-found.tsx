import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Pagina non trovata", robots: { index: false } };

export default function NotFound() {
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
