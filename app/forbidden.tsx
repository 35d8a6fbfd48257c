"use client";

// A client component so that the payload of every page under this boundary refers to it rather than
// carrying its markup (issue #16, page weight).
import { Link } from "@/components/link";

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="text-3xl font-bold">Accesso non consentito</h1>
      <p className="mt-4">Il tuo ruolo non permette di aprire questa pagina o di compiere questa azione.</p>
      <p className="mt-4">
        <Link href="/admin/pratiche">Torna alle schede</Link>
      </p>
    </div>
  );
}
