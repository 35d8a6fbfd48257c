import type { Metadata } from "next";

// Ceiling A of `npm run bench`: the same layout as every page, prerendered at build and served
// as a file, the fastest answer the server can give.
export const metadata: Metadata = {
  title: "Prova di carico — pagina statica",
  robots: { index: false, follow: false },
};

export default function BenchStaticPage() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-2xl font-bold">Pagina di prova (statica)</h1>
      <p className="mt-2">Usata solo per misurare le prestazioni del sito.</p>
    </div>
  );
}
