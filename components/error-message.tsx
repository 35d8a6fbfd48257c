"use client";

/** The body of every error.tsx: a friendly Italian message and a retry, never the error's detail. */
export function ErrorMessage({ reset }: { reset: () => void }) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="text-3xl font-bold">Si è verificato un problema</h1>
      <p className="mt-4">La pagina non può essere mostrata in questo momento. Riprova tra poco.</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-primary px-4 py-2 font-semibold text-white">
        Riprova
      </button>
    </div>
  );
}
