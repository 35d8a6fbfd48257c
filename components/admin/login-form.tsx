"use client";

import { useActionState } from "react";
import { login } from "@/lib/auth/actions";
import type { LoginState } from "@/lib/auth/login.validation";
import { FieldError } from "@/components/admin/field-error";

export function LoginForm({ next }: { next?: string }) {
  const [state, action, pending] = useActionState<LoginState, FormData>(login, {});
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {next && <input type="hidden" name="next" value={next} />}
      {state.message && (
        <p role="alert" className="rounded border-l-4 border-danger bg-red-50 px-3 py-2">
          {state.message}
        </p>
      )}
      <div>
        <label htmlFor="email" className="block font-semibold">
          E-mail
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-invalid={Boolean(state.errors?.email)}
          aria-describedby={state.errors?.email ? "email-error" : undefined}
          className="mt-1 w-full rounded border border-muted px-3 py-2"
        />
        <FieldError id="email-error" messages={state.errors?.email} />
      </div>
      <div>
        <label htmlFor="password" className="block font-semibold">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={Boolean(state.errors?.password)}
          aria-describedby={state.errors?.password ? "password-error" : undefined}
          className="mt-1 w-full rounded border border-muted px-3 py-2"
        />
        <FieldError id="password-error" messages={state.errors?.password} />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-primary px-4 py-2 font-semibold text-white hover:bg-primary-dark disabled:opacity-60"
      >
        {pending ? "Accesso in corso…" : "Accedi"}
      </button>
    </form>
  );
}
