import type { FormValues } from "@/lib/practices/form-values";

// The last submission of a sheet's form, kept in this browser until the server answers: a save
// refused because the session expired is restored from here once the editor has signed in again.

export type PendingSubmission = { values: FormValues; baseVersion: number | null; at: string };

/** A sheet's id, null for a new sheet, or another form's own name (lib PracticeForm storageKey). */
type Slot = number | string | null;

const key = (slot: Slot) => `scheda-in-salvataggio:${slot ?? "nuova"}`;

export function keepSubmission(practiceId: Slot, submission: PendingSubmission) {
  try {
    localStorage.setItem(key(practiceId), JSON.stringify(submission));
  } catch {
    // Storage full or disabled: the server-side autosave still has the text.
  }
}

export function readSubmission(practiceId: Slot): PendingSubmission | null {
  try {
    const raw = localStorage.getItem(key(practiceId));
    const parsed = raw ? (JSON.parse(raw) as PendingSubmission) : null;
    return parsed && typeof parsed.values === "object" && parsed.values !== null ? parsed : null;
  } catch {
    return null;
  }
}

export function forgetSubmission(practiceId: Slot) {
  try {
    localStorage.removeItem(key(practiceId));
  } catch {
    // Nothing kept.
  }
}
