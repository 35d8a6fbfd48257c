import type { Metadata } from "next";
import { connection } from "next/server";

// Ceiling B of `npm run bench`: a page rendered on every request with no data at all, so the
// benchmark can compare each real page against Next's own floor for dynamic rendering.
export const metadata: Metadata = {
  title: "Prova di carico — pagina dinamica",
  robots: { index: false, follow: false },
};

export const instant = false;

export default async function BenchDynamicPage() {
  await connection();
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-2xl font-bold">Pagina di prova (dinamica)</h1>
      <p className="mt-2">Usata solo per misurare le prestazioni del sito.</p>
    </div>
  );
}
