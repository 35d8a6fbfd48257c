"use client";

import { useEffect, useRef, useState } from "react";

export type ComuneMatch = { codice_istat: string; nome: string; provincia: string };

/**
 * The comuni of /api/v1/comuni matching what is typed ("Nome" or "Nome (Provincia)"), asked 150 ms
 * after the last keystroke; null until a first answer, then the latest one.
 */
export function useComuneMatches(text: string) {
  const [matches, setMatches] = useState<ComuneMatch[] | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    clearTimeout(timer.current);
    const query = text.replace(/\s*\(.*$/, "").trim();
    if (query.length < 2) return;
    const controller = new AbortController();
    timer.current = setTimeout(() => {
      fetch(`/api/v1/comuni?q=${encodeURIComponent(query)}&limite=8`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : { comuni: [] }))
        .then((body: { comuni: ComuneMatch[] }) => setMatches(body.comuni))
        .catch(() => {});
    }, 150);
    return () => {
      clearTimeout(timer.current);
      controller.abort();
    };
  }, [text]);

  return matches;
}
