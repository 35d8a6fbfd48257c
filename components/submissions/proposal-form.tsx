"use client";

import { useActionState } from "react";
import { CheckboxGroup, SelectField, TextArea, TextField } from "@/components/admin/form-fields";
import { FieldError } from "@/components/admin/field-error";
import { ScriptFlag } from "@/components/forms/script-flag";
import { AltchaField } from "@/components/submissions/altcha-field";
import { ComuneInput } from "@/components/submissions/comune-input";
import { ErrorSummary } from "@/components/submissions/error-summary";
import { sendProposal } from "@/lib/submissions/actions";
import type { ProposalFormState } from "@/lib/submissions/actions.validation";
import { SERVICE_TYPES, SUSTAINABILITY } from "@/lib/practices/enum-labels";
import { FIELD_LABELS as L, TERM_FIELDS, type TermField } from "@/lib/practices/practice-fields";
import type { Reference } from "@/lib/practices/practice-input";

type Props = {
  stamp: string;
  reference: Reference;
  /** A refused send's state, when it came back to the page without JavaScript (lib/forms/form-replies.ts). */
  initial?: ProposalFormState;
};

const LABELS = {
  richiedente_nome: "Nome e cognome",
  richiedente_ruolo: "Ruolo",
  richiedente_email: "E-mail istituzionale",
  richiedente_ente: "Ente per cui scrivi",
} as const;

const slugOptions = (options: { slug: string; label: string }[]) =>
  options.map((o) => ({ value: o.slug, label: o.label }));

const KINDS = [
  { value: "comune", label: "Un comune" },
  { value: "ambito", label: "Un ambito territoriale sociale" },
  { value: "unione", label: "Un'unione di comuni" },
];

export function ProposalForm({ stamp, reference, initial }: Props) {
  const [state, action, pending] = useActionState<ProposalFormState, FormData>(sendProposal, initial ?? {});
  const values = state.values ?? { sostenibilita: "non-noto", ente_tipo: "comune" };
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const list = (name: string) => (Array.isArray(values[name]) ? (values[name] as string[]) : []);
  const err = (name: string) => state.errors?.[name];
  const terms = (field: TermField) =>
    reference.terms.filter((t) => t.vocabulary === TERM_FIELDS[field]).map((t) => ({ value: t.slug, label: t.label }));
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
      <ErrorSummary message={state.message} errors={state.errors} />

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

      <section className="grid gap-4 md:grid-cols-2" aria-labelledby="sez-pratica">
        <h2 id="sez-pratica" className="text-xl font-bold md:col-span-2">
          La pratica
        </h2>
        <div className="md:col-span-2">
          <TextField
            name="titolo"
            label={L.titolo}
            value={text("titolo")}
            errors={err("titolo")}
            required
            maxLength={200}
          />
        </div>
        <div className="md:col-span-2">
          <TextArea
            name="sintesi"
            label={L.sintesi}
            value={text("sintesi")}
            errors={err("sintesi")}
            required
            rows={2}
            maxLength={600}
            hint="Due o tre frasi: cosa fa il servizio e per chi."
          />
        </div>
        <div className="md:col-span-2">
          <TextArea
            name="descrizione"
            label={L.descrizione}
            value={text("descrizione")}
            errors={err("descrizione")}
            required
            rows={8}
            maxLength={20_000}
          />
        </div>
        <SelectField
          name="tipo_servizio"
          label={L.tipo_servizio}
          value={text("tipo_servizio")}
          errors={err("tipo_servizio")}
          options={slugOptions(SERVICE_TYPES)}
          placeholder="— scegli —"
          required
        />
        <TextField
          name="data_avvio"
          type="date"
          label={L.data_avvio}
          value={text("data_avvio")}
          errors={err("data_avvio")}
        />
      </section>

      <section className="grid gap-4 md:grid-cols-3" aria-labelledby="sez-operatori">
        <h2 id="sez-operatori" className="text-xl font-bold md:col-span-3">
          Operatori e finanziamento
        </h2>
        <TextField
          name="operatori_totale"
          type="number"
          label={L.operatori_totale}
          value={text("operatori_totale")}
          errors={err("operatori_totale")}
        />
        <TextField
          name="operatori_interni"
          type="number"
          label={L.operatori_interni}
          value={text("operatori_interni")}
          errors={err("operatori_interni")}
        />
        <TextField
          name="operatori_volontari"
          type="number"
          label={L.operatori_volontari}
          value={text("operatori_volontari")}
          errors={err("operatori_volontari")}
        />
        <div id="fonti_finanziamento" className="md:col-span-3">
          <CheckboxGroup
            name="fonti_finanziamento"
            label={L.fonti_finanziamento}
            values={list("fonti_finanziamento")}
            errors={err("fonti_finanziamento")}
            options={terms("fonti_finanziamento")}
          />
        </div>
        <div className="md:col-span-3">
          <TextArea
            name="note_finanziamento"
            label={L.note_finanziamento}
            value={text("note_finanziamento")}
            errors={err("note_finanziamento")}
            rows={2}
          />
        </div>
      </section>

      <section className="flex flex-col gap-4" aria-labelledby="sez-classificazione">
        <h2 id="sez-classificazione" className="text-xl font-bold">
          Utenza, tecnologie, reti e canali
        </h2>
        <div id="aree_utenza">
          <CheckboxGroup
            name="aree_utenza"
            label={L.aree_utenza}
            values={list("aree_utenza")}
            errors={err("aree_utenza")}
            options={terms("aree_utenza")}
            required
          />
        </div>
        <CheckboxGroup
          name="tecnologie"
          label={L.tecnologie}
          values={list("tecnologie")}
          errors={err("tecnologie")}
          options={terms("tecnologie")}
        />
        <CheckboxGroup name="reti" label={L.reti} values={list("reti")} errors={err("reti")} options={terms("reti")} />
        <CheckboxGroup
          name="canali"
          label={L.canali}
          values={list("canali")}
          errors={err("canali")}
          options={terms("canali")}
        />
      </section>

      <section className="flex flex-col gap-4" aria-labelledby="sez-esiti">
        <h2 id="sez-esiti" className="text-xl font-bold">
          Esiti e prospettive
        </h2>
        <TextArea name="innovazione" label={L.innovazione} value={text("innovazione")} errors={err("innovazione")} />
        <TextArea name="riscontri" label={L.riscontri} value={text("riscontri")} errors={err("riscontri")} />
        <SelectField
          name="sostenibilita"
          label={L.sostenibilita}
          value={text("sostenibilita")}
          errors={err("sostenibilita")}
          options={slugOptions(SUSTAINABILITY)}
        />
        <TextArea
          name="note_sostenibilita"
          label={L.note_sostenibilita}
          value={text("note_sostenibilita")}
          errors={err("note_sostenibilita")}
        />
      </section>

      <section className="flex flex-col gap-4" aria-labelledby="sez-replica">
        <h2 id="sez-replica" className="text-xl font-bold">
          Per chi vuole replicarla
        </h2>
        <TextArea
          name="risorse_necessarie"
          label={L.risorse_necessarie}
          value={text("risorse_necessarie")}
          errors={err("risorse_necessarie")}
          hint="Persone, mezzi e spesa che servono per avviarla."
        />
        <TextArea name="difficolta" label={L.difficolta} value={text("difficolta")} errors={err("difficolta")} />
        <TextArea
          name="consigli_replica"
          label={L.consigli_replica}
          value={text("consigli_replica")}
          errors={err("consigli_replica")}
        />
        <TextField
          name="contatto_pubblico"
          label={L.contatto_pubblico}
          value={text("contatto_pubblico")}
          errors={err("contatto_pubblico")}
          maxLength={300}
          hint="Un ufficio o un indirizzo istituzionale dell'ente, mai una persona: comparirà sulla scheda pubblica."
        />
      </section>

      <section className="grid gap-4 md:grid-cols-2" aria-labelledby="sez-richiedente">
        <h2 id="sez-richiedente" className="text-xl font-bold md:col-span-2">
          Chi scrive
        </h2>
        <p id="informativa" className="rounded border border-line bg-surface p-3 text-sm md:col-span-2">
          <strong>Informativa sui dati personali.</strong> Nome, ruolo, e-mail e ente servono solo alla redazione del
          Ministero per verificare la segnalazione e, se serve, per contattarti. Non compaiono mai sul sito, negli open
          data o nell&apos;API. Sono conservati fino a 90 giorni dopo la decisione sulla segnalazione, poi cancellati
          automaticamente. Per ora la redazione non invia e-mail: l&apos;esito si legge al link privato che ricevi dopo
          l&apos;invio.
        </p>
        <TextField
          name="richiedente_nome"
          label={LABELS.richiedente_nome}
          value={text("richiedente_nome")}
          errors={err("richiedente_nome")}
          required
          maxLength={120}
        />
        <TextField
          name="richiedente_ruolo"
          label={LABELS.richiedente_ruolo}
          value={text("richiedente_ruolo")}
          errors={err("richiedente_ruolo")}
          required
          maxLength={120}
          hint="es. assistente sociale, responsabile dell'ufficio di piano"
        />
        <TextField
          name="richiedente_email"
          label={LABELS.richiedente_email}
          value={text("richiedente_email")}
          errors={err("richiedente_email")}
          required
          maxLength={200}
          hint="L'indirizzo dell'ente, es. servizisociali@comune.esempio.it"
        />
        <TextField
          name="richiedente_ente"
          label={LABELS.richiedente_ente}
          value={text("richiedente_ente")}
          errors={err("richiedente_ente")}
          required
          maxLength={200}
        />
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
