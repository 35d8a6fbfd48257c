"use client";

import { useActionState } from "react";
import { FormNotice } from "@/components/admin/form-notice";
import { revokeInvitationAction } from "@/lib/users/actions";
import type { RevokeFormState } from "@/lib/users/actions.validation";

/** "Revoca invito" next to an open invitation; the link then says it was revoked. */
export function RevokeInvitationForm({ email }: { email: string }) {
  const [state, action, pending] = useActionState<RevokeFormState, FormData>(revokeInvitationAction, {});
  return (
    <form action={action} className="inline">
      <input type="hidden" name="email" value={email} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`Revoca l'invito a ${email}`}
        className="ml-2 rounded border border-danger px-2 py-0.5 text-sm font-semibold text-danger hover:bg-red-50 disabled:opacity-60"
      >
        Revoca invito
      </button>
      <FormNotice state={state} />
    </form>
  );
}
