"use client";

import { useActionState } from "react";
import { SelectField, TextArea, TextField } from "@/components/admin/form-fields";
import { FieldError } from "@/components/admin/field-error";
import { ErrorSummary } from "@/components/admin/error-summary";
import { ScriptFlag } from "@/components/forms/script-flag";
import { Honeypot, SENDER_LABELS, SenderFields } from "@/components/open-collection/sender-fields";
import { AltchaField } from "@/components/submissions/altcha-field";
import { ComuneInput } from "@/components/submissions/comune-input";
import { sendReplication } from "@/lib/open-collection/actions";
import type { ProposalFormState } from "@/lib/submissions/actions.validation";

type Props = {
  stamp: string;
  slug: string;
  regions: { slug: string; name: string }[];
  /** A refused send's state, back on the page without JavaScript (lib/forms/form-replies.ts). */
  initial?: ProposalFormState;
};

const SUMMARY_LABELS: Record<string, string> = {
  ente_tipo: "L'ente è",
  comune: "Comune",
  ente_nome: "Nome dell'ambito o dell'unione",
  regione: "Regione",
  data_avvio: "Quando è partita",
  cosa_cambia: "Cosa avete cambiato",
  nota: "Nota pubblica",
  ...SENDER_LABELS,
};

const KINDS = [
  { value: "comune", label: "Un comune" },
  { value: "ambito", label: "Un ambito territoriale sociale" },
  { value: "unione", label: "Un'unione di comuni" },
];

export function ReplicationForm({ stamp, slug, regions, initial }: Props) {
  const [state, action, pending] = useActionState<ProposalFormState, FormData>(sendReplication, initial ?? {});
  const values = state.values ?? { ente_tipo: "comune" };
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const err = (name: string) => state.errors?.[name];
  const comuneHints = (err("comune") ?? []).flatMap((m) => /Forse cercavi: (.*)\.$/.exec(m)?.[1]?.split("; ") ?? []);

  return (
    <form
      action={action}
      key={JSON.stringify(state.values ?? null) + (state.message ?? "")}
      className="flex flex-col gap-8"
      noValidate
    >
      <input type="hidden" name="modulo" value={state.stamp ?? stamp} />
      <input type="hidden" name="pratica" value={slug} />
      <ScriptFlag />
      <ErrorSummary id="riepilogo-errori" title={state.message} errors={state.errors} labels={SUMMARY_LABELS} />
      <Honeypot />

      <section className="grid gap-4 md:grid-cols-2" aria-labelledby="sez-ente">
        <h2 id="sez-ente" className="text-xl font-bold md:col-span-2">
          L&apos;ente che l&apos;ha replicata
        </h2>
        <fieldset id="ente_tipo" className="md:col-span-2" aria-invalid={Boolean(err("ente_tipo"))}>
          <legend className="font-semibold">
            L&apos;ente è<span aria-hidden="true"> *</span>
            <span className="sr-only"> (obbligatorio)</span>
          </legend>
          <div className="mt-1 flex flex-wrap gap-4">
            {KINDS.map((kind) => (
              <label key={kind.value} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="ente_tipo"
                  value={kind.value}
                  defaultChecked={text("ente_tipo") === kind.value}
                  className="size-4 accent-primary"
                />
                {kind.label}
              </label>
            ))}
          </div>
          <FieldError id="ente_tipo-error" messages={err("ente_tipo")} />
        </fieldset>
        <div className="md:col-span-2">
          <label htmlFor="comune" className="block font-semibold">
            Se è un comune: quale
          </label>
          <p id="comune-hint" className="text-sm text-muted">
            Dall&apos;elenco ISTAT dei comuni: scrivi il nome, e se serve la provincia tra parentesi, es. «Calliano
            (Trento)».
          </p>
          <ComuneInput
            defaultValue={text("comune")}
            initial={comuneHints}
            invalid={Boolean(err("comune"))}
            describedBy={[err("comune") ? "comune-error" : null, "comune-hint"].filter(Boolean).join(" ")}
          />
          <FieldError id="comune-error" messages={err("comune")} />
        </div>
        <TextField
          name="ente_nome"
          label="Se è un ambito o un'unione: il nome"
          value={text("ente_nome")}
          errors={err("ente_nome")}
          maxLength={200}
        />
        <SelectField
          name="regione"
          label="…e la sua regione"
          value={text("regione")}
          errors={err("regione")}
          options={regions.map((r) => ({ value: r.slug, label: r.name }))}
          placeholder="— scegli —"
        />
      </section>

      <section className="flex flex-col gap-4" aria-labelledby="sez-replica">
        <h2 id="sez-replica" className="text-xl font-bold">
          La replica
        </h2>
        <TextField
          name="data_avvio"
          type="date"
          label="Quando è partita"
          value={text("data_avvio")}
          errors={err("data_avvio")}
          required
        />
        <TextArea
          name="cosa_cambia"
          label="Cosa avete cambiato rispetto alla pratica originale"
          value={text("cosa_cambia")}
          errors={err("cosa_cambia")}
          required
          rows={4}
          maxLength={3_000}
        />
        <TextArea
          name="nota"
          label="Una nota pubblica (facoltativa)"
          value={text("nota")}
          errors={err("nota")}
          rows={2}
          maxLength={1_000}
          hint="Comparirà sulla scheda accanto al nome dell'ente: non scrivere nomi di persone."
        />
      </section>

      <SenderFields text={text} err={err} />
      <AltchaField />
      <div className="flex items-center gap-4 border-t border-line py-4">
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-primary px-6 py-2 font-semibold text-white hover:bg-primary-dark disabled:opacity-60"
        >
          {pending ? "Invio in corso…" : "Invia la replica"}
        </button>
        <span className="text-sm text-muted">I campi con * sono obbligatori.</span>
      </div>
    </form>
  );
}
