"use client";

import { useEffect, useRef } from "react";

/**
 * The form's problems at the top, each linking to its field; focus moves here after a refused
 * send (with JavaScript by script, without it by the autofocus attribute of the new page).
 */
export function ErrorSummary(props: { message?: string; errors?: Partial<Record<string, string[]>> }) {
  const box = useRef<HTMLDivElement>(null);
  const entries = Object.entries(props.errors ?? {}).filter(([, messages]) => messages?.length);
  useEffect(() => {
    box.current?.focus();
  }, [props.message, props.errors]);
  if (!props.message && !entries.length) return null;
  return (
    <div
      ref={box}
      id="riepilogo-errori"
      tabIndex={-1}
      autoFocus
      role="alert"
      aria-labelledby="riepilogo-errori-titolo"
      className="rounded border-l-4 border-danger bg-red-50 px-4 py-3"
    >
      <h2 id="riepilogo-errori-titolo" className="font-bold">
        {props.message ?? "Alcuni campi vanno corretti."}
      </h2>
      {entries.length > 0 && (
        <ul className="mt-2 list-disc pl-5">
          {entries.map(([field, messages]) => (
            <li key={field}>
              <a href={`#${field}`}>{messages!.join(" ")}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
