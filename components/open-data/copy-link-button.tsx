"use client";

import { useEffect, useState } from "react";

/** "Copia il link" and "Stampa": they need a browser, so they appear only once JavaScript runs. */
export function BrowserShareButtons({ url }: { url: string }) {
  const [ready, setReady] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <>
      <button
        type="button"
        onClick={copy}
        className="rounded border border-primary px-3 py-1 font-semibold text-primary hover:bg-primary-lightest"
      >
        Copia il link
      </button>
      <button
        type="button"
        onClick={() => window.print()}
        className="rounded border border-primary px-3 py-1 font-semibold text-primary hover:bg-primary-lightest"
      >
        Stampa
      </button>
      <span role="status" className="text-success">
        {copied ? "Link copiato" : ""}
      </span>
    </>
  );
}
