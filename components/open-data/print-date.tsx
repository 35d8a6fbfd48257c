"use client";

import { useSyncExternalStore } from "react";

const format = new Intl.DateTimeFormat("it-IT", { day: "numeric", month: "long", year: "numeric" });

function subscribe(onChange: () => void) {
  window.addEventListener("beforeprint", onChange);
  return () => window.removeEventListener("beforeprint", onChange);
}

/**
 * "Stampata il …": the page is prerendered, so the day can only be known in the browser; it is
 * read on load and again when printing starts. Without JavaScript the line is left out.
 */
export function PrintDate() {
  const today = useSyncExternalStore(
    subscribe,
    () => format.format(new Date()),
    () => null,
  );
  return today ? <p data-testid="print-date">Stampata il {today}</p> : null;
}
