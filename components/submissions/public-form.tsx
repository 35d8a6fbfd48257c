"use client";

import { useActionState, type ReactNode } from "react";
import { ErrorSummary } from "@/components/admin/error-summary";
import { ScriptFlag } from "@/components/forms/script-flag";
import { Honeypot } from "@/components/submissions/sender-fields";
import type { FormValues } from "@/lib/practices/form-values";
import type { ProposalFormState } from "@/lib/submissions/actions.validation";

type SendAction = (previous: ProposalFormState, formData: FormData) => Promise<ProposalFormState>;

/**
 * The state of a public form: what the action answered (or, without JavaScript, the refused send
 * brought back to the page), and readers of its typed values and errors.
 */
export function usePublicForm(send: SendAction, initial: ProposalFormState | undefined, defaults: FormValues = {}) {
  const [state, action, pending] = useActionState<ProposalFormState, FormData>(send, initial ?? {});
  const values = state.values ?? defaults;
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const err = (name: string) => state.errors?.[name];
  return { state, action, pending, values, text, err };
}

/**
 * The frame every public form shares: the form stamp (fill time, idempotency key), the flag that
 * scripts ran, the error summary (focus moves to it), the honeypot; re-mounted with each answer so
 * that what was typed comes back into its fields.
 */
export function PublicForm({
  state,
  action,
  stamp,
  labels,
  hidden = {},
  children,
}: {
  state: ProposalFormState;
  action: (formData: FormData) => void;
  stamp: string;
  /** How the error summary names each field. */
  labels: Record<string, string>;
  hidden?: Record<string, string>;
  children: ReactNode;
}) {
  return (
    <form
      action={action}
      key={JSON.stringify(state.values ?? null) + (state.message ?? "")}
      className="flex flex-col gap-8"
      noValidate
    >
      <input type="hidden" name="modulo" value={state.stamp ?? stamp} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ScriptFlag />
      <ErrorSummary id="riepilogo-errori" title={state.message} errors={state.errors} labels={labels} />
      <Honeypot />
      {children}
    </form>
  );
}
