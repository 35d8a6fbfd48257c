"use client";

import { useState } from "react";
import { useComuneMatches } from "@/components/forms/use-comune-matches";

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
  const [text, setText] = useState(props.defaultValue);
  const matches = useComuneMatches(text);
  const suggestions = matches ? matches.map((c) => `${c.nome} (${c.provincia})`) : props.initial;

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
