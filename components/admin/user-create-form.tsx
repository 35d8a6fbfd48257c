"use client";

import { useActionState } from "react";
import { SelectField, TextField } from "@/components/admin/form-fields";
import { PasswordFields } from "@/components/admin/user-password-fields";
import { createUserAction } from "@/lib/users/actions";
import type { UserFormState } from "@/lib/users/actions.validation";
import { ROLES } from "@/lib/users/roles";

export function UserCreateForm() {
  const [state, action, pending] = useActionState<UserFormState, FormData>(createUserAction, {});
  const values = state.values ?? {};
  return (
    // The key remounts the fields on every answer, so they keep what was sent.
    <form action={action} key={JSON.stringify(values)} className="flex max-w-xl flex-col gap-4" noValidate>
      {state.message && (
        <p role="alert" className="rounded border-l-4 border-danger bg-red-50 px-3 py-2 font-semibold">
          {state.message}
        </p>
      )}
      <TextField
        name="name"
        label="Nome e cognome"
        value={values.name}
        errors={state.errors?.name}
        required
        maxLength={120}
      />
      <TextField
        name="email"
        label="E-mail"
        value={values.email}
        errors={state.errors?.email}
        required
        hint="L'indirizzo con cui la persona accederà."
      />
      <SelectField
        name="role"
        label="Ruolo"
        value={values.role || "EDITOR"}
        errors={state.errors?.role}
        options={[...ROLES]}
        required
      />
      <PasswordFields label="Password iniziale" errors={state.errors} />
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-primary px-4 py-2 font-semibold text-white hover:bg-primary-dark disabled:opacity-60"
        >
          {pending ? "Creazione…" : "Crea utente"}
        </button>
      </div>
    </form>
  );
}
