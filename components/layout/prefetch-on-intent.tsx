"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

const INTENT_LINK = 'a[data-prefetch="intent"]';

/**
 * Prefetches the route of a link (components/link.tsx) when the reader shows the intent to follow
 * it: a mouse over it, a finger down on it, keyboard focus on it. One set of listeners on the
 * document for every link on the page, so links cost nothing to hydrate.
 */
export function PrefetchOnIntent() {
  const router = useRouter();
  useEffect(() => {
    let last: Element | null = null;
    function onIntent(event: Event) {
      // A touch sends pointerover too, after touchstart has already asked.
      if (event.type === "pointerover" && (event as PointerEvent).pointerType !== "mouse") return;
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(INTENT_LINK) : null;
      // Moving across the parts of one link sends an event for each.
      if (!link || link === last) return;
      last = link;
      const url = new URL(link.href);
      if (url.origin === window.location.origin) router.prefetch(url.pathname + url.search);
    }
    const events = ["pointerover", "touchstart", "focusin"] as const;
    for (const type of events) document.addEventListener(type, onIntent, { passive: true });
    return () => {
      for (const type of events) document.removeEventListener(type, onIntent);
    };
  }, [router]);
  return null;
}
