import { FieldError } from "@/components/admin/field-error";
import { SelectField, TextField } from "@/components/admin/form-fields";
import { ComuneInput } from "@/components/submissions/comune-input";
import type { FieldErrors } from "@/lib/practices/practice-input";

// The entity a public form speaks of: a comune from ISTAT's list, or an ambito / unione named with
// its region. The server's refusal of an ambiguous comune carries its suggestions ("Forse cercavi").

export const ENTITY_LABELS = {
  ente_tipo: "L'ente è",
  comune: "Comune",
  ente_nome: "Nome dell'ambito o dell'unione",
  regione: "Regione",
} as const;

const KINDS = [
  { value: "comune", label: "Un comune" },
  { value: "ambito", label: "Un ambito territoriale sociale" },
  { value: "unione", label: "Un'unione di comuni" },
];

export function EntityFields({
  text,
  err,
  regions,
  nameHint,
}: {
  text: (name: string) => string;
  err: (name: string) => FieldErrors[string];
  regions: { slug: string; name: string }[];
  nameHint?: string;
}) {
  const comuneHints = (err("comune") ?? []).flatMap((m) => /Forse cercavi: (.*)\.$/.exec(m)?.[1]?.split("; ") ?? []);
  return (
    <>
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
        hint={nameHint}
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
    </>
  );
}
