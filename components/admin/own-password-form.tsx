"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/admin/error-summary";
import { FormNotice } from "@/components/admin/form-notice";
import { PASSWORD_RULE, PasswordFields, PasswordInput } from "@/components/admin/user-password-fields";
import { changeOwnPasswordAction } from "@/lib/auth/actions";
import type { OwnPasswordState } from "@/lib/auth/account.validation";

export function OwnPasswordForm() {
  const [state, action, pending] = useActionState<OwnPasswordState, FormData>(changeOwnPasswordAction, {});
  return (
    <form action={action} className="flex max-w-xl flex-col gap-3" noValidate>
      <ErrorSummary
        errors={state.errors}
        labels={{ current: "Password attuale", password: "Nuova password", confirm: "Ripeti la password" }}
      />
      <FormNotice state={state} />
      <PasswordInput
        name="current"
        label="Password attuale"
        errors={state.errors?.current}
        autoComplete="current-password"
      />
      <PasswordFields label="Nuova password" errors={state.errors} hint={PASSWORD_RULE} />
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-primary px-4 py-2 font-semibold text-white hover:bg-primary-dark disabled:opacity-60"
        >
          {pending ? "Salvataggio…" : "Cambia password"}
        </button>
      </div>
    </form>
  );
}
