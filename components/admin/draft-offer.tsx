"use client";

import { useState } from "react";
import { discardDraft } from "@/components/admin/drafts-api";
import type { FormValues } from "@/lib/practices/form-values";

export type SavedDraft = {
  values: FormValues;
  baseVersion: number | null;
  savedAt: string;
  /** The new-sheet form it came from ("" for a sheet's form). */
  formKey: string;
};

const dateTime = new Intl.DateTimeFormat("it-IT", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Rome" });

function titleOf(draft: SavedDraft) {
  const title = draft.values.titolo;
  return typeof title === "string" && title.trim() ? `«${title.trim()}»` : "Scheda senza titolo";
}

/**
 * Offers back what this editor typed and never saved (a crash, a closed tab, a lost session): the
 * sheet's one draft, or each new sheet begun in a form of its own.
 */
export function DraftOffer({
  drafts,
  practiceId,
  onRestore,
  onDiscard,
}: {
  drafts: SavedDraft[];
  practiceId: number | null;
  onRestore: (draft: SavedDraft) => void;
  onDiscard: (draft: SavedDraft) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [only] = drafts;
  if (!only) return null;
  const several = drafts.length > 1;
  const buttons = (draft: SavedDraft, name?: string) => (
    <div className="mt-2 flex flex-wrap gap-3">
      <button
        type="button"
        onClick={() => onRestore(draft)}
        aria-label={name && `Ripristina ${name}`}
        className="rounded bg-primary px-4 py-2 font-semibold text-white hover:bg-primary-dark"
      >
        Ripristina
      </button>
      <button
        type="button"
        disabled={busy}
        aria-label={name && `Scarta ${name}`}
        onClick={async () => {
          setBusy(true);
          await discardDraft(practiceId, draft.formKey || undefined);
          setBusy(false);
          onDiscard(draft);
        }}
        className="rounded border border-primary px-4 py-2 font-semibold"
      >
        Scarta
      </button>
    </div>
  );
  return (
    <section
      aria-labelledby="bozza-automatica"
      className="rounded border-2 border-primary bg-primary-lightest p-4"
      data-testid="draft-offer"
    >
      <h2 id="bozza-automatica" className="text-lg font-bold">
        {several
          ? `Hai ${drafts.length} nuove schede iniziate e mai salvate`
          : practiceId === null
            ? "Hai modifiche non salvate a una nuova scheda"
            : "Hai modifiche non salvate a questa scheda"}
      </h2>
      {several ? (
        <ul className="mt-2 flex flex-col gap-3">
          {drafts.map((draft) => (
            <li key={draft.formKey} className="border-t border-line pt-2">
              <p>
                <strong>{titleOf(draft)}</strong>, salvata automaticamente il {dateTime.format(new Date(draft.savedAt))}
              </p>
              {buttons(draft, titleOf(draft))}
            </li>
          ))}
        </ul>
      ) : (
        <>
          <p className="mt-1">
            Sono state salvate automaticamente il {dateTime.format(new Date(only.savedAt))}, ma non sono mai state
            salvate nella scheda. Vuoi riprenderle?
          </p>
          {buttons(only)}
        </>
      )}
    </section>
  );
}
