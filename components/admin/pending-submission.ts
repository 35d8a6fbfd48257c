import type { FormValues } from "@/lib/practices/form-values";

// The last submission of a sheet's form, kept in this browser until the server answers: a save
// refused because the session expired is restored from here once the editor has signed in again.

export type PendingSubmission = { values: FormValues; baseVersion: number | null; at: string };

/**
 * A sheet's id, a new-sheet form's `nuova:<its key>` (null: the one slot of earlier versions), or
 * another form's own name (PracticeForm's storageKey).
 */
export type Slot = number | string | null;

const PREFIX = "scheda-in-salvataggio:";
const key = (slot: Slot) => `${PREFIX}${slot ?? "nuova"}`;

export const newSheetSlot = (formKey: string) => `nuova:${formKey}`;

/** New-sheet submissions kept in this browser, newest first (another tab's, or a closed one's). */
export function newSheetSubmissions(): { slot: string; formKey: string | null; submission: PendingSubmission }[] {
  const found = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const name = localStorage.key(i);
      if (!name?.startsWith(`${PREFIX}nuova`)) continue;
      const slot = name.slice(PREFIX.length);
      const submission = readSubmission(slot);
      const formKey = slot.startsWith("nuova:") ? slot.slice("nuova:".length) : null;
      if (submission) found.push({ slot, formKey, submission });
    }
  } catch {
    return [];
  }
  return found.sort((a, b) => b.submission.at.localeCompare(a.submission.at));
}

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

/**
 * The kept submission this form should take back, removed from storage: its own slot's, or for a
 * new-sheet form (whose key is new on every load) the newest of any new-sheet form, with its key.
 */
export function takeKeptSubmission(slot: Slot, newSheet: boolean) {
  const found = newSheet ? newSheetSubmissions()[0] : { slot, formKey: null, submission: readSubmission(slot) };
  if (!found?.submission) return null;
  forgetSubmission(found.slot);
  return { submission: found.submission, formKey: found.formKey };
}

/** A save answered: this form's kept submission, and the new-sheet form's that created this sheet, go. */
export function forgetAnswered(slot: Slot, code: unknown) {
  forgetSubmission(slot);
  const same = (value: unknown) =>
    typeof value === "string" && typeof code === "string" && value.trim().toLowerCase() === code.trim().toLowerCase();
  for (const kept of newSheetSubmissions()) if (same(kept.submission.values.codice)) forgetSubmission(kept.slot);
}
