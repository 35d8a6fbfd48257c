"use client";

// A client component so that the payload of every page under this boundary refers to it rather than
// carrying its markup (issue #16, page weight).
import { Link } from "@/components/link";
import { LISTING_NAME } from "@/lib/practices/listing-name";

export default function PracticeNotFound() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="text-3xl font-bold">Pratica non trovata</h1>
      <p className="mt-4">La scheda cercata non esiste, non è ancora pubblicata oppure è stata archiviata.</p>
      <p className="mt-4">
        Torna a <Link href="/pratiche">{LISTING_NAME}</Link>
      </p>
    </div>
  );
}
