"use client";

import { useEffect, useRef } from "react";
import type { ConflictView } from "@/lib/practices/actions.validation";
import { choiceName } from "@/lib/practices/merge";

const dateTime = new Intl.DateTimeFormat("it-IT", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Rome" });

/**
 * Shown at the top of the form when someone else saved, since this form was opened, fields this
 * editor changed too: one choice per field. Everything else is already merged into the form.
 */
export function ConflictPanel({ conflict }: { conflict: ConflictView }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: "start" });
  }, [conflict]);
  const who = conflict.by ?? "Un'altra persona";

  return (
    <section
      aria-labelledby="conflitto"
      className="rounded border-2 border-danger bg-red-50 p-4"
      data-testid="conflict"
    >
      <input type="hidden" name="conflitti" value={conflict.fields.map((f) => f.field).join(",")} />
      <h2 id="conflitto" ref={heading} tabIndex={-1} className="text-xl font-bold">
        {conflict.fields.length === 1
          ? "Un campo è stato modificato"
          : `${conflict.fields.length} campi sono stati modificati`}{" "}
        anche da un&apos;altra persona
      </h2>
      <p className="mt-1">
        {who} ha salvato la scheda il {dateTime.format(new Date(conflict.at))} (versione {conflict.currentVersion}),
        dopo che tu l&apos;avevi aperta. Le tue modifiche non sono ancora salvate: scegli qui sotto quale versione
        tenere per ogni campo, poi salva.
      </p>
      {conflict.merged.length > 0 && (
        <p className="mt-1" data-testid="merged-fields">
          Già unite nel modulo, senza bisogno di scegliere, le sue modifiche a: {conflict.merged.join(", ")}.
        </p>
      )}
      <div className="mt-4 flex flex-col gap-4">
        {conflict.fields.map((field) => (
          <fieldset key={field.field} className="rounded border border-line bg-white p-3" data-testid="conflict-field">
            <legend className="px-1 font-bold">{field.label}</legend>
            <div className="grid gap-3 md:grid-cols-2">
              <label className="flex gap-2 rounded border border-line p-2">
                <input type="radio" name={choiceName(field.field)} value="mine" className="mt-1 size-4 shrink-0" />
                <span>
                  <span className="block font-semibold">La mia versione</span>
                  <span className="block whitespace-pre-line">{field.mine}</span>
                  <span className="block text-sm text-muted">
                    (quella che vale è il testo nel campo <a href={`#${field.input}`}>{field.label}</a> del modulo)
                  </span>
                </span>
              </label>
              <label className="flex gap-2 rounded border border-line p-2">
                <input type="radio" name={choiceName(field.field)} value="theirs" className="mt-1 size-4 shrink-0" />
                <span>
                  <span className="block font-semibold">Versione di {who}</span>
                  <span className="block whitespace-pre-line">{field.theirs}</span>
                </span>
              </label>
            </div>
          </fieldset>
        ))}
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="submit" className="rounded bg-primary px-4 py-2 font-semibold text-white">
          Salva con queste scelte
        </button>
        <a href="" className="rounded border border-primary px-4 py-2 font-semibold">
          Scarta le mie modifiche e ricarica
        </a>
      </div>
    </section>
  );
}
