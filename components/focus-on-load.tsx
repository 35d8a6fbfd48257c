"use client";

import { useEffect } from "react";

/**
 * Moves focus to the element once the page has loaded, so that after a search a keyboard or
 * screen-reader user starts at its outcome. Without JavaScript the form's `#fragment` scrolls there.
 */
export function FocusOnLoad({ id }: { id: string }) {
  useEffect(() => {
    document.getElementById(id)?.focus();
  }, [id]);
  return null;
}
