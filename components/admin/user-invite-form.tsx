"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/admin/error-summary";
import { SelectField, TextField } from "@/components/admin/form-fields";
import { inviteUserAction } from "@/lib/users/actions";
import type { InviteFormState } from "@/lib/users/actions.validation";
import { ROLES } from "@/lib/users/roles";

const LABELS = { email: "E-mail", role: "Ruolo" };

const dateTime = (iso: string) =>
  new Date(iso).toLocaleString("it-IT", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Rome" });

export function UserInviteForm() {
  const [state, action, pending] = useActionState<InviteFormState, FormData>(inviteUserAction, {});
  const values = state.values ?? {};
  const invitation = state.invitation;
  return (
    <div className="flex flex-col gap-6">
      {invitation && <InvitationResult invitation={invitation} />}
      {/* The key remounts the fields on every answer, so they keep what was sent. */}
      <form action={action} key={JSON.stringify(state)} className="flex max-w-xl flex-col gap-4" noValidate>
        <ErrorSummary errors={state.errors} labels={LABELS} />
        <TextField
          name="email"
          label={LABELS.email}
          value={values.email}
          errors={state.errors?.email}
          required
          hint="L'indirizzo con cui la persona accederà."
        />
        <SelectField
          name="role"
          label={LABELS.role}
          value={values.role || "EDITOR"}
          errors={state.errors?.role}
          options={[...ROLES]}
          required
        />
        <div>
          <button
            type="submit"
            disabled={pending}
            className="rounded bg-primary px-4 py-2 font-semibold text-white hover:bg-primary-dark disabled:opacity-60"
          >
            {pending ? "Invio…" : invitation ? "Invita un'altra persona" : "Invia invito"}
          </button>
        </div>
      </form>
    </div>
  );
}

function InvitationResult({ invitation }: { invitation: NonNullable<InviteFormState["invitation"]> }) {
  const expires = dateTime(invitation.expiresAt);
  if (!invitation.link) {
    return (
      <p role="status" className="rounded border-l-4 border-success bg-green-50 px-3 py-2 font-semibold">
        Invito inviato per e-mail a {invitation.email}. Il link vale una sola volta, fino al {expires}.
      </p>
    );
  }
  return (
    <div role="status" className="flex flex-col gap-2 rounded border-l-4 border-success bg-green-50 px-3 py-3">
      <p className="font-semibold">
        Invito creato per {invitation.email}.{" "}
        {invitation.mailError
          ? "L'e-mail non è partita (il server di posta non l'ha accettata):"
          : "Il sito non invia e-mail:"}{" "}
        comunica tu questo link alla persona, per un canale sicuro. Viene mostrato solo ora; vale una sola volta, fino
        al {expires}.
      </p>
      <label htmlFor="link-invito" className="font-semibold">
        Link di invito
      </label>
      <input
        id="link-invito"
        readOnly
        value={invitation.link}
        onFocus={(event) => event.currentTarget.select()}
        className="w-full rounded border border-muted bg-white px-3 py-2 font-mono text-sm"
      />
    </div>
  );
}
