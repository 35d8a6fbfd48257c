"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/admin/error-summary";
import { FormNotice } from "@/components/admin/form-notice";
import { SelectField, TextField } from "@/components/admin/form-fields";
import { updateEntityAction } from "@/lib/entities/actions";
import { ENTITY_FIELD_LABELS as L, type EntityFormState } from "@/lib/entities/actions.validation";
import { ENTITY_KINDS } from "@/lib/practices/enum-labels";

type Props = {
  id: number;
  updatedAt: string;
  initial: { nome: string; tipo: string; codice_istat: string; provincia: string };
};

export function EntityForm({ id, updatedAt, initial }: Props) {
  const [state, action, pending] = useActionState<EntityFormState, FormData>(updateEntityAction, {});
  const values = state.values ?? initial;
  const { _: general, ...fieldErrors } = state.errors ?? {};
  return (
    <form action={action} key={JSON.stringify(state)} className="flex max-w-xl flex-col gap-4" noValidate>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="aggiornato" value={updatedAt} />
      <ErrorSummary errors={fieldErrors} labels={L} />
      <FormNotice state={general ? { message: general.join(" ") } : state} />
      <TextField name="nome" label={L.nome} value={values.nome} errors={fieldErrors.nome} required maxLength={200} />
      <SelectField
        name="tipo"
        label={L.tipo}
        value={values.tipo}
        errors={fieldErrors.tipo}
        options={ENTITY_KINDS.map((kind) => ({ value: kind.slug, label: kind.label }))}
        required
      />
      <TextField
        name="codice_istat"
        label={L.codice_istat}
        value={values.codice_istat}
        errors={fieldErrors.codice_istat}
        hint="6 cifre; per ambiti e unioni, il comune capofila. Se la provincia è vuota, viene presa dall'elenco ISTAT."
      />
      <TextField name="provincia" label={L.provincia} value={values.provincia} errors={fieldErrors.provincia} />
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-primary px-4 py-2 font-semibold text-white hover:bg-primary-dark disabled:opacity-60"
        >
          {pending ? "Salvataggio…" : "Salva l'ente"}
        </button>
      </div>
    </form>
  );
}
