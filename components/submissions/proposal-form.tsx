"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/admin/error-summary";
import { FieldError } from "@/components/admin/field-error";
import { SelectField, TextField } from "@/components/admin/form-fields";
import { PracticeFields } from "@/components/forms/practice-fields";
import { ScriptFlag } from "@/components/forms/script-flag";
import { AltchaField } from "@/components/submissions/altcha-field";
import { ComuneInput } from "@/components/submissions/comune-input";
import { sendProposal } from "@/lib/submissions/actions";
import type { ProposalFormState } from "@/lib/submissions/actions.validation";
import { FIELD_LABELS as L } from "@/lib/practices/practice-fields";
import type { Reference } from "@/lib/practices/practice-input";

type Props = {
  stamp: string;
  reference: Reference;
  /** A refused send's state, when it came back to the page without JavaScript (lib/forms/form-replies.ts). */
  initial?: ProposalFormState;
  /** Whether the site sends e-mail (SMTP_URL): the receipt and the decision. */
  mail: boolean;
};

const LABELS = {
  richiedente_nome: "Nome e cognome",
  richiedente_ruolo: "Ruolo",
  richiedente_email: "E-mail istituzionale",
  richiedente_ente: "Ente per cui scrivi",
} as const;

const SUBMITTER_FIELDS: { name: keyof typeof LABELS; maxLength: number; hint?: string }[] = [
  { name: "richiedente_nome", maxLength: 120 },
  { name: "richiedente_ruolo", maxLength: 120, hint: "es. assistente sociale, responsabile dell'ufficio di piano" },
  { name: "richiedente_email", maxLength: 200, hint: "L'indirizzo dell'ente, es. servizisociali@comune.esempio.it" },
  { name: "richiedente_ente", maxLength: 200 },
];

// The error summary names each field as this form labels it.
const SUMMARY_LABELS: Record<string, string> = {
  ...L,
  ...LABELS,
  ente_tipo: "L'ente è",
  comune: "Comune",
  ente_nome: "Nome dell'ambito o dell'unione",
};

const KINDS = [
  { value: "comune", label: "Un comune" },
  { value: "ambito", label: "Un ambito territoriale sociale" },
  { value: "unione", label: "Un'unione di comuni" },
];

export function ProposalForm({ stamp, reference, initial, mail }: Props) {
  const [state, action, pending] = useActionState<ProposalFormState, FormData>(sendProposal, initial ?? {});
  const values = state.values ?? { sostenibilita: "non-noto", ente_tipo: "comune" };
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
      <ScriptFlag />
      <ErrorSummary id="riepilogo-errori" title={state.message} errors={state.errors} labels={SUMMARY_LABELS} />

      {/* Never shown to people: whatever fills it is a program. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="sito_web">Lascia vuoto questo campo</label>
        <input id="sito_web" name="sito_web" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <section className="grid gap-4 md:grid-cols-2" aria-labelledby="sez-ente">
        <h2 id="sez-ente" className="text-xl font-bold md:col-span-2">
          L&apos;ente che ha realizzato la pratica
        </h2>
        <fieldset
          id="ente_tipo"
          className="md:col-span-2"
          aria-invalid={Boolean(err("ente_tipo"))}
          aria-describedby={err("ente_tipo") ? "ente_tipo-error" : undefined}
        >
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
          hint="es. Ambito territoriale sociale di Lecce"
          maxLength={200}
        />
        <SelectField
          name="regione"
          label="…e la sua regione"
          value={text("regione")}
          errors={err("regione")}
          options={reference.regions.map((r) => ({ value: r.slug, label: r.name }))}
          placeholder="— scegli —"
        />
      </section>

      <PracticeFields
        values={values}
        errors={state.errors}
        reference={reference}
        heading={{ id: "sez-pratica", text: "La pratica" }}
        hints={{ sintesi: "Due o tre frasi: cosa fa il servizio e per chi." }}
      />

      <section className="grid gap-4 md:grid-cols-2" aria-labelledby="sez-richiedente">
        <h2 id="sez-richiedente" className="text-xl font-bold md:col-span-2">
          Chi scrive
        </h2>
        <p id="informativa" className="rounded border border-line bg-surface p-3 text-sm md:col-span-2">
          <strong>Informativa sui dati personali.</strong> Nome, ruolo, e-mail e ente servono solo alla redazione del
          Ministero per verificare la segnalazione e, se serve, per contattarti. Non compaiono mai sul sito, negli open
          data o nell&apos;API. Sono conservati fino a 90 giorni dopo la decisione sulla segnalazione, poi cancellati
          automaticamente. Se il modulo va corretto e il browser non usa JavaScript, quanto hai scritto resta sul server
          al massimo un&apos;ora per ripresentartelo.{" "}
          {mail
            ? "All'e-mail indicata ti scriviamo solo per questa segnalazione: la ricevuta con il link privato, poi l'esito."
            : "Per ora la redazione non invia e-mail: l'esito si legge al link privato che ricevi dopo l'invio."}
        </p>
        {SUBMITTER_FIELDS.map(({ name, maxLength, hint }) => (
          <TextField
            key={name}
            name={name}
            label={LABELS[name]}
            value={text(name)}
            errors={err(name)}
            required
            maxLength={maxLength}
            hint={hint}
          />
        ))}
      </section>

      <AltchaField />

      <div className="flex items-center gap-4 border-t border-line py-4">
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-primary px-6 py-2 font-semibold text-white hover:bg-primary-dark disabled:opacity-60"
        >
          {pending ? "Invio in corso…" : "Invia la segnalazione"}
        </button>
        <span className="text-sm text-muted">I campi con * sono obbligatori.</span>
      </div>
    </form>
  );
}
