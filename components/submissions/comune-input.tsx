"use client";

import { useEffect, useRef, useState } from "react";

type Suggestion = { codice_istat: string; nome: string; provincia: string };

/**
 * A comune from ISTAT's list. The server resolves whatever is typed ("Nome" or "Nome (Provincia)")
 * and, without JavaScript, answers an unknown or ambiguous name with suggestions next to the
 * field (`initial`); with JavaScript a native datalist offers matches from /api/v1/comuni.
 */
export function ComuneInput(props: {
  defaultValue: string;
  initial: string[];
  describedBy?: string;
  invalid: boolean;
}) {
  const [suggestions, setSuggestions] = useState<string[]>(props.initial);
  const [text, setText] = useState(props.defaultValue);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    clearTimeout(timer.current);
    const query = text.replace(/\s*\(.*$/, "").trim();
    if (query.length < 2) return;
    const controller = new AbortController();
    timer.current = setTimeout(() => {
      fetch(`/api/v1/comuni?q=${encodeURIComponent(query)}&limite=8`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : { comuni: [] }))
        .then((body: { comuni: Suggestion[] }) => setSuggestions(body.comuni.map((c) => `${c.nome} (${c.provincia})`)))
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
        autoComplete="off"
        list="comuni-suggeriti"
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-invalid={props.invalid}
        aria-describedby={props.describedBy}
        className="mt-1 w-full rounded border border-muted px-3 py-2 aria-[invalid=true]:border-danger"
        placeholder="es. Forlì"
        maxLength={120}
      />
      <datalist id="comuni-suggeriti">
        {suggestions.map((label) => (
          <option key={label} value={label} />
        ))}
      </datalist>
    </>
  );
}
