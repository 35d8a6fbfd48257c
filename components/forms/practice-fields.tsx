import type { ReactNode } from "react";
import { CheckboxGroup, SelectField, TextArea, TextField } from "@/components/admin/form-fields";
import { SERVICE_TYPES, SUSTAINABILITY } from "@/lib/practices/enum-labels";
import type { FormValues } from "@/lib/practices/form-values";
import { FIELD_LABELS as L, TERM_FIELDS, type TermField } from "@/lib/practices/practice-fields";
import type { FieldErrors, Reference } from "@/lib/practices/practice-input";

// A sheet's fields, as the admin editor and the public proposal form (/segnala) both ask for
// them: one markup, so a field added to the sheet appears in both. What differs is passed in.

type Props = {
  values: FormValues;
  errors?: FieldErrors;
  reference: Reference;
  /** The first section's heading and its id (the editor's "La scheda", the proposal's "La pratica"). */
  heading: { id: string; text: string };
  /** Fields before the title in the first section (the editor's code and status). */
  lead?: ReactNode;
  /** A section between the first one and the rest (the editor's entity). */
  between?: ReactNode;
  /** Per-field hints beyond the ones every form shows. */
  hints?: Partial<Record<string, string>>;
  /** True while React hydrates (see TextArea in components/admin/form-fields.tsx). */
  hydrating?: boolean;
};

const slugOptions = (options: { slug: string; label: string }[]) =>
  options.map((o) => ({ value: o.slug, label: o.label }));

export function PracticeFields({ values, errors, reference, heading, lead, between, hints = {}, hydrating }: Props) {
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const list = (name: string) => (Array.isArray(values[name]) ? (values[name] as string[]) : []);
  const terms = (field: TermField) =>
    reference.terms.filter((t) => t.vocabulary === TERM_FIELDS[field]).map((t) => ({ value: t.slug, label: t.label }));
  // The props every field takes from its name.
  const field = (name: string) => ({
    name,
    label: L[name as keyof typeof L],
    errors: errors?.[name],
    hint: hints[name],
  });
  const textArea = (name: string) => ({ ...field(name), value: text(name), hydrating });
  const checkboxes = (name: TermField) => ({ ...field(name), values: list(name), options: terms(name) });

  return (
    <>
      <section className="grid gap-4 md:grid-cols-2" aria-labelledby={heading.id}>
        <h2 id={heading.id} className="text-xl font-bold md:col-span-2">
          {heading.text}
        </h2>
        {lead}
        <div className="md:col-span-2">
          <TextField {...field("titolo")} value={text("titolo")} required maxLength={200} />
        </div>
        <div className="md:col-span-2">
          <TextArea {...textArea("sintesi")} required rows={2} maxLength={600} />
        </div>
        <div className="md:col-span-2">
          <TextArea {...textArea("descrizione")} required rows={8} maxLength={20_000} />
        </div>
        <SelectField
          {...field("tipo_servizio")}
          value={text("tipo_servizio")}
          options={slugOptions(SERVICE_TYPES)}
          placeholder="— scegli —"
          required
        />
        <TextField {...field("data_avvio")} type="date" value={text("data_avvio")} />
      </section>

      {between}

      <section className="grid gap-4 md:grid-cols-3" aria-labelledby="sez-operatori">
        <h2 id="sez-operatori" className="text-xl font-bold md:col-span-3">
          Operatori e finanziamento
        </h2>
        <TextField {...field("operatori_totale")} type="number" value={text("operatori_totale")} />
        <TextField {...field("operatori_interni")} type="number" value={text("operatori_interni")} />
        <TextField {...field("operatori_volontari")} type="number" value={text("operatori_volontari")} />
        <div className="md:col-span-3">
          <CheckboxGroup {...checkboxes("fonti_finanziamento")} />
        </div>
        <div className="md:col-span-3">
          <TextArea {...textArea("note_finanziamento")} rows={2} />
        </div>
      </section>

      <section className="flex flex-col gap-4" aria-labelledby="sez-classificazione">
        <h2 id="sez-classificazione" className="text-xl font-bold">
          Utenza, tecnologie, reti e canali
        </h2>
        <CheckboxGroup {...checkboxes("aree_utenza")} required />
        <CheckboxGroup {...checkboxes("tecnologie")} />
        <CheckboxGroup {...checkboxes("reti")} />
        <CheckboxGroup {...checkboxes("canali")} />
      </section>

      <section className="flex flex-col gap-4" aria-labelledby="sez-esiti">
        <h2 id="sez-esiti" className="text-xl font-bold">
          Esiti e prospettive
        </h2>
        <TextArea {...textArea("innovazione")} />
        <TextArea {...textArea("riscontri")} />
        <SelectField {...field("sostenibilita")} value={text("sostenibilita")} options={slugOptions(SUSTAINABILITY)} />
        <TextArea {...textArea("note_sostenibilita")} />
      </section>

      <section className="flex flex-col gap-4" aria-labelledby="sez-replica">
        <h2 id="sez-replica" className="text-xl font-bold">
          Per chi vuole replicarla
        </h2>
        <TextArea
          {...textArea("risorse_necessarie")}
          hint={hints.risorse_necessarie ?? "Persone, mezzi e spesa che servono per avviarla."}
        />
        <TextArea {...textArea("difficolta")} />
        <TextArea {...textArea("consigli_replica")} />
        <TextField
          {...field("contatto_pubblico")}
          value={text("contatto_pubblico")}
          maxLength={300}
          hint="Un ufficio o un indirizzo istituzionale dell'ente, mai una persona: compare sulla scheda pubblica."
        />
      </section>
    </>
  );
}
