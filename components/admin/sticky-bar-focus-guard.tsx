"use client";

import { useEffect } from "react";

// Browsers scroll a focused field into view only when it is wholly hidden: a field partly under
// the sticky save bar (a tall textarea, the last line of a group) stayed covered. Rendered inside
// the bar, this scrolls the page just enough to bring the focused field above it.
export function StickyBarFocusGuard() {
  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      const target = event.target;
      const bar = document.querySelector("[data-sticky-save-bar]");
      if (!(target instanceof HTMLElement) || !bar || bar.contains(target)) return;
      requestAnimationFrame(() => {
        const barTop = bar.getBoundingClientRect().top;
        const rect = target.getBoundingClientRect();
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
