"use client";

// A client component so that the payload of every page under this boundary refers to it rather than
// carrying its markup (issue #16, page weight).
import { Link } from "@/components/link";

export default function Unauthorized() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="text-3xl font-bold">Accesso richiesto</h1>
      <p className="mt-4">Per continuare devi accedere all&apos;area riservata.</p>
      <p className="mt-4">
        <Link href="/admin/login">Accedi</Link>
      </p>
    </div>
  );
}
