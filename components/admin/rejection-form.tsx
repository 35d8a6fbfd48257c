"use client";

import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { TextArea } from "@/components/admin/form-fields";
import { sessionHolds } from "@/components/admin/drafts-api";
import { forgetSubmission, keepSubmission, readSubmission } from "@/components/admin/pending-submission";
import { useHydrated } from "@/components/admin/use-hydrated";
import { SessionExpiredNotice } from "@/components/admin/session-expired-notice";
import { useLeaveWarning } from "@/components/admin/use-leave-warning";
import { rejectProposal } from "@/lib/submissions/actions";
import type { RejectionState } from "@/lib/submissions/actions.validation";

/**
 * "Non pubblicare" with the reason the sender reads. A typed reason is not lost: leaving asks
 * first, and with an expired session it is kept in this browser until the editor is back.
 */
export function RejectionForm({ submissionId }: { submissionId: number }) {
  const [state, action, pending] = useActionState<RejectionState, FormData>(rejectProposal, {});
  const hydrated = useHydrated();
  const slot = `rifiuto-${submissionId}`;
  const formRef = useRef<HTMLFormElement>(null);
  const leaving = useRef(false);
  const [typed, setTyped] = useState(false);
  const [expired, setExpired] = useState(false);
  const [kept, setKept] = useState<string | null>(null);
  const reason = () => String(new FormData(formRef.current ?? undefined).get("motivo") ?? "");
  const keep = () =>
    keepSubmission(slot, { values: { motivo: reason() }, baseVersion: null, at: new Date().toISOString() });
  useLeaveWarning(typed, leaving, keep);

  useEffect(() => {
    const found = readSubmission(slot)?.values.motivo;
    forgetSubmission(slot);
    if (typeof found !== "string" || !found.trim()) return;
    // Browser storage exists only once hydrated: read here, not while rendering.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setKept(found);
    setTyped(true);
  }, [slot]);
  useEffect(() => {
    leaving.current = false;
  }, [state]);

  return (
    <form
      ref={formRef}
      action={action}
      className="flex flex-col gap-3"
      noValidate
      onInput={() => setTyped(reason().trim() !== "")}
      onSubmit={async (event) => {
        if (!hydrated) return;
        event.preventDefault();
        const formData = new FormData(event.currentTarget);
        leaving.current = true;
        if (!(await sessionHolds())) {
          leaving.current = false;
          keep();
          setExpired(true);
          return;
        }
        setExpired(false);
        startTransition(() => action(formData));
      }}
    >
      <input type="hidden" name="segnalazione" value={submissionId} />
      {state.message && (
        <p role="alert" className="rounded border-l-4 border-danger bg-red-50 px-3 py-2 font-semibold">
          {state.message}
        </p>
      )}
      {expired && (
        <SessionExpiredNotice
          title="La sessione è scaduta: il motivo non è perso, resta in questo browser"
          signInLabel="Accedi di nuovo per inviarlo"
          testId="rejection-expired"
        />
      )}
      {kept !== null && !state.reason && (
        <p role="status" className="rounded border-l-4 border-primary bg-primary-lightest px-3 py-2 font-semibold">
          Il motivo che stavi inviando quando la sessione è scaduta è di nuovo nel modulo: controllalo e invia.
        </p>
      )}
      <TextArea
        key={state.reason ?? kept ?? ""}
        name="motivo"
        label="Motivo (lo legge chi ha inviato la segnalazione)"
        value={state.reason ?? kept ?? ""}
        errors={state.errors?.motivo}
        required
        rows={3}
        maxLength={2_000}
      />
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded border border-danger px-4 py-2 font-semibold text-danger hover:bg-red-50 disabled:opacity-60"
        >
          {pending ? "Invio…" : "Non pubblicare"}
        </button>
      </div>
    </form>
  );
}
