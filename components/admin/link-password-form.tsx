"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/admin/error-summary";
import { FormNotice } from "@/components/admin/form-notice";
import { TextField } from "@/components/admin/form-fields";
import { PASSWORD_RULE, PasswordFields } from "@/components/admin/user-password-fields";
import { acceptInvitationAction, completePasswordResetAction } from "@/lib/auth/actions";
import type { LinkFormState } from "@/lib/auth/account.validation";

const LABELS = { name: "Nome e cognome", password: "Scegli una password", confirm: "Ripeti la password" };

/** The form behind an invitation link (name and password) or a reset link (password only). */
export function LinkPasswordForm({ token, kind }: { token: string; kind: "invitation" | "reset" }) {
  const [state, action, pending] = useActionState<LinkFormState, FormData>(
    kind === "invitation" ? acceptInvitationAction : completePasswordResetAction,
    {},
  );
  return (
    <form action={action} key={JSON.stringify(state)} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <ErrorSummary errors={state.errors} labels={LABELS} />
      <FormNotice state={state} />
      {kind === "invitation" && (
        <TextField
          name="name"
          label={LABELS.name}
          value={state.values?.name}
          errors={state.errors?.name}
          required
          maxLength={120}
        />
      )}
      <PasswordFields label={LABELS.password} errors={state.errors} hint={PASSWORD_RULE} />
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-primary px-4 py-2 font-semibold text-white hover:bg-primary-dark disabled:opacity-60"
        >
          {pending ? "Salvataggio…" : kind === "invitation" ? "Attiva l'account" : "Salva la nuova password"}
        </button>
      </div>
    </form>
  );
}
