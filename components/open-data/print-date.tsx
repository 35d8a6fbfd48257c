"use client";

import { useSyncExternalStore } from "react";
import { formatLongDate } from "@/lib/italian-format";

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
    () => formatLongDate(new Date()),
    () => null,
  );
  return today ? <p data-testid="print-date">Stampata il {today}</p> : null;
}
