"use client";

import { useEffect, useRef, useState } from "react";

type Suggestion = { codice_istat: string; nome: string; provincia: string };

/**
 * The comune text box. Without JavaScript it is a plain field the server resolves; with it,
 * a native datalist offers matching comuni from /api/v1/comuni as the person types.
 */
export function ComuneField({ defaultValue }: { defaultValue: string }) {
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [text, setText] = useState(defaultValue);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    clearTimeout(timer.current);
    const query = text.replace(/\s*\(.*$/, "").trim();
    if (query.length < 2) return;
    const controller = new AbortController();
    timer.current = setTimeout(() => {
      fetch(`/api/v1/comuni?q=${encodeURIComponent(query)}&limite=8`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : { comuni: [] }))
        .then((body: { comuni: Suggestion[] }) => setSuggestions(body.comuni))
        .catch(() => {});
    }, 150);
    return () => {
      clearTimeout(timer.current);
      controller.abort();
    };
  }, [text]);

  return (
    <>
      <input
        id="comune"
        name="comune"
        type="text"
        required
        autoComplete="off"
        list="comuni-suggeriti"
        value={text}
        onChange={(event) => setText(event.target.value)}
        className="mt-1 w-full rounded border border-muted px-3 py-2"
        placeholder="es. Forlì"
        maxLength={80}
      />
      <datalist id="comuni-suggeriti" data-testid="comuni-suggeriti">
        {suggestions.map((comune) => (
          <option key={comune.codice_istat} value={`${comune.nome} (${comune.provincia})`} />
        ))}
      </datalist>
    </>
  );
}
