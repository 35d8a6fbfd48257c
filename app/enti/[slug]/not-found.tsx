"use client";

// A client component so that the payload of every page under this boundary refers to it rather than
// carrying its markup (issue #16, page weight).
import { Link } from "@/components/link";

export default function EntityNotFound() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="text-3xl font-bold">Ente non trovato</h1>
      <p className="mt-4">Nel catalogo non ci sono pratiche pubblicate di un ente con questo indirizzo.</p>
      <p className="mt-4">
        <Link href="/enti">Vedi tutti gli enti</Link> oppure <Link href="/pratiche">cerca tra le pratiche</Link>.
      </p>
    </div>
  );
}
