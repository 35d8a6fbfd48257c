"use client";

import { useEffect } from "react";

// Browsers scroll a focused field into view only when it is wholly hidden: a field partly under
// a sticky bar at the bottom of the screen (the editor's save bar, the listing's "Mostra N
// pratiche" and its comparison tray) stayed covered. Rendered once on a page with such bars
// (marked data-sticky-save-bar), this scrolls just enough to bring the focused element above them.
export function StickyBarFocusGuard() {
  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof HTMLElement)) return;
      const bars = [...document.querySelectorAll("[data-sticky-save-bar]")].filter((bar) => !bar.contains(target));
      if (bars.length === 0) return;
      requestAnimationFrame(() => {
        const rect = target.getBoundingClientRect();
        // Only bars on screen and in the element's column: the filter column's bar does not cover the cards.
        const covering = bars
          .map((bar) => bar.getBoundingClientRect())
          .filter((bar) => bar.height > 0 && bar.left < rect.right && bar.right > rect.left);
        if (covering.length === 0) return;
        const barTop = Math.min(...covering.map((bar) => bar.top));
        const overlap = rect.bottom + 8 - barTop;
        // Never so far that the field's top leaves the screen.
        if (overlap > 0) window.scrollBy({ top: Math.min(overlap, Math.max(0, rect.top - 8)), behavior: "instant" });
      });
    };
    document.addEventListener("focusin", onFocus);
    return () => document.removeEventListener("focusin", onFocus);
  }, []);
  return null;
}
