"use client";

import { useState } from "react";
import { useComuneMatches } from "@/components/forms/use-comune-matches";

/**
 * The comune text box. Without JavaScript it is a plain field the server resolves; with it,
 * a native datalist offers matching comuni from /api/v1/comuni as the person types.
 */
export function ComuneField({ defaultValue }: { defaultValue: string }) {
  const [text, setText] = useState(defaultValue);
  const suggestions = useComuneMatches(text) ?? [];

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
