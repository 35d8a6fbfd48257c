"use client";

import { useActionState } from "react";
import { TextArea, TextField } from "@/components/admin/form-fields";
import { FormNotice } from "@/components/admin/form-notice";
import { addSynonymAction, deleteSynonymAction, updateSynonymAction } from "@/lib/search-synonyms/actions";
import type { SynonymFormState } from "@/lib/search-synonyms/actions.validation";

// Forms of /admin/vocabolari/sinonimi. The server re-checks and normalises every field.

const primary = "rounded bg-primary px-4 py-2 font-semibold text-white hover:bg-primary-dark disabled:opacity-60";
const danger = "rounded border border-danger px-4 py-2 font-semibold text-danger hover:bg-red-50 disabled:opacity-60";

type Values = NonNullable<SynonymFormState["values"]>;

function SynonymFields({ state, values }: { state: SynonymFormState; values: Values }) {
  return (
    <>
      <TextArea
        name="phrases"
        label="Parole o frasi che le persone cercano"
        value={values.phrases}
        errors={state.errors?.phrases}
        rows={2}
        required
        hint="Separate da virgole. Maiuscole, accenti e punteggiatura non contano (D.A.D. = dad)."
      />
      <TextArea
        name="expansions"
        label="Si cerca anche"
        value={values.expansions}
        errors={state.errors?.expansions}
        rows={2}
        required
        hint="Le parole o frasi come le scrivono le schede, separate da virgole: ciascuna è cercata come frase."
      />
      <TextField
        name="note"
        label="Nota (facoltativa)"
        value={values.note}
        errors={state.errors?.note}
        maxLength={300}
      />
    </>
  );
}

export function SynonymAddForm() {
  const [state, action, pending] = useActionState<SynonymFormState, FormData>(addSynonymAction, {});
  return (
    // The key remounts the fields on every answer: kept when refused, emptied once added.
    <form
      action={action}
      key={JSON.stringify(state.values ?? null)}
      className="flex max-w-xl flex-col gap-3"
      noValidate
    >
      <FormNotice state={state} />
      <SynonymFields state={state} values={state.values ?? {}} />
      <div>
        <button type="submit" disabled={pending} className={primary}>
          {pending ? "Aggiunta…" : "Aggiungi sinonimi"}
        </button>
      </div>
    </form>
  );
}

export function SynonymEditForm({
  synonym,
}: {
  synonym: { id: number; phrases: string[]; expansions: string[]; note: string };
}) {
  const [state, action, pending] = useActionState<SynonymFormState, FormData>(updateSynonymAction, {});
  const [deleted, deleteAction, deleting] = useActionState<SynonymFormState, FormData>(deleteSynonymAction, {});
  const values = state.values ?? {
    phrases: synonym.phrases.join(", "),
    expansions: synonym.expansions.join(", "),
    note: synonym.note,
  };
  return (
    <div className="flex max-w-xl flex-col gap-3">
      <form action={action} key={JSON.stringify(values)} className="flex flex-col gap-3" noValidate>
        <input type="hidden" name="id" value={synonym.id} />
        <FormNotice state={state} />
        <SynonymFields state={state} values={values} />
        <div>
          <button type="submit" disabled={pending} className={primary}>
            {pending ? "Salvataggio…" : "Salva"}
          </button>
        </div>
      </form>
      <form action={deleteAction}>
        <input type="hidden" name="id" value={synonym.id} />
        <FormNotice state={deleted} />
        <button type="submit" disabled={deleting} className={danger}>
          {deleting ? "Eliminazione…" : "Elimina"}
        </button>
      </form>
    </div>
  );
}
