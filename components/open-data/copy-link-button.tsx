"use client";

import { useState, useSyncExternalStore } from "react";

const subscribeToNothing = () => () => {};

/**
 * "Condividi…" (the device's own share sheet, where the browser has one), "Copia il link" and
 * "Stampa": they need a browser, so they appear only once JavaScript runs.
 */
export function BrowserShareButtons({ url, title, text }: { url: string; title?: string; text?: string }) {
  // false on the server and while hydrating, true once React renders in the browser
  const ready = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  const [copied, setCopied] = useState(false);
  if (!ready) return null;

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  async function share() {
    try {
      await navigator.share({ url, title, text });
    } catch {
      // dismissed by the person, or refused: nothing to undo
    }
  }

  const canShare = typeof navigator.share === "function";
  return (
    <>
      {canShare && (
        <button
          type="button"
          onClick={share}
          className="rounded bg-primary px-3 py-1 font-semibold text-white hover:bg-primary-dark"
          data-testid="native-share"
        >
          Condividi…
        </button>
      )}
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
