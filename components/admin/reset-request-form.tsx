"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/admin/error-summary";
import { FormNotice } from "@/components/admin/form-notice";
import { TextField } from "@/components/admin/form-fields";
import { requestPasswordResetAction } from "@/lib/auth/actions";
import type { LinkFormState } from "@/lib/auth/account.validation";

export function ResetRequestForm() {
  const [state, action, pending] = useActionState<LinkFormState, FormData>(requestPasswordResetAction, {});
  return (
    <form action={action} key={JSON.stringify(state)} className="flex flex-col gap-4" noValidate>
      <ErrorSummary errors={state.errors} labels={{ email: "E-mail" }} />
      <FormNotice state={state} />
      <TextField name="email" label="E-mail" value={state.values?.email} errors={state.errors?.email} required />
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-primary px-4 py-2 font-semibold text-white hover:bg-primary-dark disabled:opacity-60"
        >
          {pending ? "Invio…" : "Inviami il link"}
        </button>
      </div>
    </form>
  );
}
