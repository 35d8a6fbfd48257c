"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/admin/error-summary";
import { SelectField } from "@/components/admin/form-fields";
import { PasswordFields } from "@/components/admin/user-password-fields";
import { changeRoleAction, resetPasswordAction, setActiveAction } from "@/lib/users/actions";
import type { UserFormState } from "@/lib/users/actions.validation";
import type { Role } from "@/lib/generated/prisma/enums";
import { ROLES } from "@/lib/users/roles";
import { FormNotice } from "@/components/admin/form-notice";

// The forms of one account's page: role, active state, password. The server re-checks every rule.

type Action = (state: UserFormState, formData: FormData) => Promise<UserFormState>;

const button = "rounded px-4 py-2 font-semibold disabled:opacity-60";

function useUserAction(action: Action) {
  return useActionState<UserFormState, FormData>(action, {});
}

export function UserRoleForm({ userId, role }: { userId: number; role: Role }) {
  const [state, action, pending] = useUserAction(changeRoleAction);
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <ErrorSummary errors={state.errors} labels={{ role: "Ruolo" }} />
      <FormNotice state={state} />
      <SelectField
        name="role"
        label="Ruolo"
        value={role}
        errors={state.errors?.role}
        options={[...ROLES]}
        hint="Cambiando ruolo, la persona viene disconnessa e al prossimo accesso vede le funzioni del nuovo ruolo."
      />
      <div>
        <button type="submit" disabled={pending} className={`${button} bg-primary text-white hover:bg-primary-dark`}>
          {pending ? "Salvataggio…" : "Cambia ruolo"}
        </button>
      </div>
    </form>
  );
}

export function UserStatusForm({ userId, active }: { userId: number; active: boolean }) {
  const [state, action, pending] = useUserAction(setActiveAction);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <FormNotice state={state} />
      <p>
        {active
          ? "Un account disattivato non può più accedere; le sue sessioni aperte vengono chiuse subito. Le schede e lo storico delle modifiche restano."
          : "L'account è disattivato: riattivandolo, la persona potrà di nuovo accedere con la sua password."}
      </p>
      <div>
        <button
          type="submit"
          disabled={pending}
          className={
            active
              ? `${button} border border-danger text-danger hover:bg-red-50`
              : `${button} bg-primary text-white hover:bg-primary-dark`
          }
        >
          {active ? "Disattiva account" : "Riattiva account"}
        </button>
      </div>
    </form>
  );
}

export function UserPasswordForm({ userId }: { userId: number }) {
  const [state, action, pending] = useUserAction(resetPasswordAction);
  return (
    <form action={action} className="flex max-w-xl flex-col gap-3" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <ErrorSummary errors={state.errors} labels={{ password: "Nuova password", confirm: "Ripeti la password" }} />
      <FormNotice state={state} />
      <PasswordFields label="Nuova password" errors={state.errors} />
      <div>
        <button type="submit" disabled={pending} className={`${button} bg-primary text-white hover:bg-primary-dark`}>
          {pending ? "Salvataggio…" : "Imposta la nuova password"}
        </button>
      </div>
    </form>
  );
}
