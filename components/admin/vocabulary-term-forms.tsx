"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/admin/error-summary";
import { FieldError } from "@/components/admin/field-error";
import { SelectField, TextArea, TextField } from "@/components/admin/form-fields";
import { addTermAction, deleteTermAction, mergeTermsAction, updateTermAction } from "@/lib/vocabularies/actions";
import type { TermFormState } from "@/lib/vocabularies/actions.validation";
import { FormNotice } from "@/components/admin/form-notice";

// Forms of the vocabulary pages. The server re-checks every rule (duplicates, use by sheets).

type Action = (state: TermFormState, formData: FormData) => Promise<TermFormState>;

const primary = "rounded bg-primary px-4 py-2 font-semibold text-white hover:bg-primary-dark disabled:opacity-60";
const danger = "rounded border border-danger px-4 py-2 font-semibold text-danger hover:bg-red-50 disabled:opacity-60";

// The error summary names each field as the form labels it (after a refused save, focus moves there).
const LABELS = {
  label: "Etichetta",
  description: "Descrizione (facoltativa)",
  into: "Unisci a",
  confirm: "Conferma",
};

function useTermAction(action: Action) {
  return useActionState<TermFormState, FormData>(action, {});
}

export function TermAddForm({ vocabularyKey }: { vocabularyKey: string }) {
  const [state, action, pending] = useTermAction(addTermAction);
  return (
    // The key remounts the fields on every answer: kept when refused, emptied once added.
    <form
      action={action}
      key={JSON.stringify(state.values ?? null)}
      className="flex max-w-xl flex-col gap-3"
      noValidate
    >
      <input type="hidden" name="vocabolario" value={vocabularyKey} />
      <ErrorSummary errors={state.errors} labels={LABELS} />
      <FormNotice state={state} />
      <TextField
        name="label"
        label="Etichetta"
        value={state.values?.label}
        errors={state.errors?.label}
        required
        maxLength={120}
        hint="Come apparirà nei filtri e nelle schede. L'indirizzo pubblico della voce si ricava da qui e non cambierà più."
      />
      <TextArea
        name="description"
        label="Descrizione (facoltativa)"
        value={state.values?.description}
        errors={state.errors?.description}
        rows={2}
        maxLength={500}
      />
      <div>
        <button type="submit" disabled={pending} className={primary}>
          {pending ? "Aggiunta…" : "Aggiungi voce"}
        </button>
      </div>
    </form>
  );
}

export function TermEditForm({ term }: { term: { id: number; label: string; description: string | null } }) {
  const [state, action, pending] = useTermAction(updateTermAction);
  const values = state.values ?? { label: term.label, description: term.description ?? "" };
  return (
    <form action={action} key={JSON.stringify(values)} className="flex max-w-xl flex-col gap-3" noValidate>
      <input type="hidden" name="termId" value={term.id} />
      <ErrorSummary errors={state.errors} labels={LABELS} />
      <FormNotice state={state} />
      <TextField
        name="label"
        label="Etichetta"
        value={values.label}
        errors={state.errors?.label}
        required
        maxLength={120}
      />
      <TextArea
        name="description"
        label="Descrizione (facoltativa)"
        value={values.description}
        errors={state.errors?.description}
        rows={2}
        maxLength={500}
      />
      <div>
        <button type="submit" disabled={pending} className={primary}>
          {pending ? "Salvataggio…" : "Salva"}
        </button>
      </div>
    </form>
  );
}

type MergeProps = { termId: number; label: string; usage: number; targets: { id: number; label: string }[] };

export function TermMergeForm({ termId, label, usage, targets }: MergeProps) {
  const [state, action, pending] = useTermAction(mergeTermsAction);
  const sheets = usage === 1 ? "la sua scheda passerà" : `le sue ${usage} schede passeranno`;
  return (
    <form
      action={action}
      key={JSON.stringify(state.values ?? null)}
      className="flex max-w-xl flex-col gap-3"
      noValidate
    >
      <input type="hidden" name="termId" value={termId} />
      <ErrorSummary errors={state.errors} labels={LABELS} />
      <FormNotice state={state} />
      <SelectField
        name="into"
        label="Unisci a"
        value={state.values?.into}
        errors={state.errors?.into}
        placeholder="— scegli la voce che resta —"
        options={targets.map((target) => ({ value: String(target.id), label: target.label }))}
        required
      />
      <div>
        <input
          id="confirm"
          name="confirm"
          type="checkbox"
          className="mr-2 size-4 accent-primary align-middle"
          aria-invalid={Boolean(state.errors?.confirm)}
          aria-describedby={state.errors?.confirm ? "confirm-error" : undefined}
        />
        <label htmlFor="confirm" className="align-middle">
          Confermo: «{label}» verrà eliminata{usage > 0 ? ` e ${sheets} alla voce scelta` : ""}.
        </label>
        <FieldError id="confirm-error" messages={state.errors?.confirm} />
      </div>
      <div>
        <button type="submit" disabled={pending} className={danger}>
          {pending ? "Unione…" : "Unisci le voci"}
        </button>
      </div>
    </form>
  );
}

export function TermDeleteForm({ termId }: { termId: number }) {
  const [state, action, pending] = useTermAction(deleteTermAction);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="termId" value={termId} />
      <FormNotice state={state} />
      <div>
        <button type="submit" disabled={pending} className={danger}>
          {pending ? "Eliminazione…" : "Elimina voce"}
        </button>
      </div>
    </form>
  );
}
