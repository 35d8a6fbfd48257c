"use client";

import { useEffect, useRef } from "react";
import "altcha/altcha.css";

/**
 * The proof-of-work widget (ALTCHA, self-hosted): solves a challenge from /segnala/sfida in a
 * worker served by this site and puts the solution in the hidden field `altcha`. Without
 * JavaScript nothing is added and the server marks the submission for closer review.
 */
export function AltchaField() {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let widget: HTMLElement | undefined;
    let cancelled = false;
    (async () => {
      await import("altcha/external");
      await import("altcha/i18n/it");
      if (cancelled || !box.current) return;
      const registry = (globalThis as unknown as { $altcha: { algorithms: Map<string, () => Worker> } }).$altcha;
      registry.algorithms.set("SHA-256", () => new Worker("/segnala/altcha-sha.js"));
      widget = document.createElement("altcha-widget");
      widget.setAttribute("challenge", "/segnala/sfida");
      widget.setAttribute("name", "altcha");
      widget.setAttribute("language", "it");
      widget.setAttribute("auto", "onload");
      widget.setAttribute("configuration", JSON.stringify({ hideLogo: true, hideFooter: true }));
      box.current.append(widget);
    })();
    return () => {
      cancelled = true;
      widget?.remove();
    };
  }, []);
  return <div ref={box} className="min-h-12" data-testid="altcha" />;
}
