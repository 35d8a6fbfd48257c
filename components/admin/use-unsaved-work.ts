import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { autosaveDraft } from "@/components/admin/drafts-api";
import { comparableValues, formValuesFromData, type FormValues } from "@/lib/practices/form-values";
import { keepSubmission, type Slot } from "@/components/admin/pending-submission";
import { useLeaveWarning } from "@/components/admin/use-leave-warning";

// What a changed form needs so nothing typed is lost: it knows it differs from the saved sheet
// (including text typed before the page's scripts ran), warns before the page is left, and
// keeps a copy on the server for this editor a moment after each change.

const AUTOSAVE_DELAY_MS = 1_500;

export type AutosaveStatus =
  { state: "idle" } | { state: "saving" } | { state: "saved"; at: string } | { state: "failed"; message: string };

type Options = {
  practiceId: number | null;
  /** A new-sheet form's own key: its draft is not another tab's. */
  draftKey?: string;
  /** Where this browser keeps what could not be sent (components/admin/pending-submission.ts). */
  slot: Slot;
  baseVersion: number | null;
  /** The sheet as saved: the form is "changed" when it differs from it. */
  savedValues: FormValues;
  /** Changes whenever the form is mounted again with other values (an answer, a restore). */
  generation: unknown;
  /** False until hydration has given every field its value back. */
  ready: boolean;
  /** False for a form whose values are kept elsewhere (a proposal under review): it only warns. */
  autosave?: boolean;
};

export function useUnsavedWork(form: RefObject<HTMLFormElement | null>, options: Options) {
  const {
    practiceId,
    draftKey,
    slot,
    baseVersion,
    savedValues,
    generation,
    ready,
    autosave: autosaves = true,
  } = options;
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<AutosaveStatus>({ state: "idle" });
  const leaving = useRef(false);
  const lastSent = useRef<string | null>(null);

  const latest = useRef({ practiceId, draftKey, slot, baseVersion });
  const flushRef = useRef<() => Promise<void>>(async () => {});
  const keepHereRef = useRef<() => void>(() => {});
  useEffect(() => {
    latest.current = { practiceId, draftKey, slot, baseVersion };
  });

  useEffect(() => {
    const element = form.current;
    if (!element || !ready) return;
    leaving.current = false;
    const saved = comparableValues(savedValues);
    const read = () => formValuesFromData(new FormData(element));
    let timer: ReturnType<typeof setTimeout> | undefined;

    const autosave = async () => {
      const values = read();
      const key = comparableValues(values);
      if (key === lastSent.current || leaving.current) return;
      lastSent.current = key;
      const { practiceId, draftKey, baseVersion } = latest.current;
      setStatus({ state: "saving" });
      try {
        const result = await autosaveDraft({ practiceId, formKey: draftKey, baseVersion, values });
        if (result !== "session") {
          setStatus(result.ok ? { state: "saved", at: result.savedAt } : { state: "failed", message: result.message });
          return;
        }
        lastSent.current = null;
        keepSubmission(latest.current.slot, { values, baseVersion, at: new Date().toISOString() });
        setStatus({
          state: "failed",
          message: "Sessione scaduta: le modifiche restano in questo browser finché non accedi di nuovo.",
        });
      } catch {
        lastSent.current = null;
        setStatus({
          state: "failed",
          message: "Salvataggio automatico non riuscito: riproverà alla prossima modifica.",
        });
      }
    };
    const check = () => {
      const changed = comparableValues(read()) !== saved;
      setDirty(changed);
      clearTimeout(timer);
      if (changed && autosaves) timer = setTimeout(autosave, AUTOSAVE_DELAY_MS);
    };
    flushRef.current = async () => {
      clearTimeout(timer);
      await autosave();
    };
    keepHereRef.current = () => {
      clearTimeout(timer);
      const { slot, baseVersion } = latest.current;
      keepSubmission(slot, { values: read(), baseVersion, at: new Date().toISOString() });
    };
    // Text typed before hydration fired no React event: compare what the fields hold now.
    check();
    const onSubmit = () => {
      leaving.current = true;
      clearTimeout(timer);
    };
    element.addEventListener("input", check);
    element.addEventListener("change", check);
    element.addEventListener("submit", onSubmit);
    return () => {
      clearTimeout(timer);
      element.removeEventListener("input", check);
      element.removeEventListener("change", check);
      element.removeEventListener("submit", onSubmit);
    };
  }, [form, savedValues, generation, ready, autosaves]);

  useLeaveWarning(dirty, leaving, () => keepHereRef.current());

  /** Autosaves now (before an Anteprima of the unsaved edits). */
  const flush = () => flushRef.current();
  /** A submit did not leave the page (refused before sending, or answered): watch changes again. */
  const stay = useCallback(() => {
    leaving.current = false;
  }, []);
  return { dirty, status, flush, stay };
}
