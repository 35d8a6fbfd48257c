"use client";

import { useState } from "react";
import { discardDraft } from "@/components/admin/drafts-api";
import type { FormValues } from "@/lib/practices/form-values";

export type SavedDraft = { values: FormValues; baseVersion: number | null; savedAt: string };

const dateTime = new Intl.DateTimeFormat("it-IT", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Rome" });

/** Offers back what this editor typed in the sheet and never saved (a crash, a closed tab, a lost session). */
export function DraftOffer({
  draft,
  practiceId,
  onRestore,
  onDiscard,
}: {
  draft: SavedDraft;
  practiceId: number | null;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <section
      aria-labelledby="bozza-automatica"
      className="rounded border-2 border-primary bg-primary-lightest p-4"
      data-testid="draft-offer"
    >
      <h2 id="bozza-automatica" className="text-lg font-bold">
        Hai modifiche non salvate a questa scheda
      </h2>
      <p className="mt-1">
        Sono state salvate automaticamente il {dateTime.format(new Date(draft.savedAt))}, ma non sono mai state salvate
        nella scheda. Vuoi riprenderle?
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={onRestore}
          className="rounded bg-primary px-4 py-2 font-semibold text-white hover:bg-primary-dark"
        >
          Ripristina
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            await discardDraft(practiceId);
            onDiscard();
          }}
          className="rounded border border-primary px-4 py-2 font-semibold"
        >
          Scarta
        </button>
      </div>
    </section>
  );
}
