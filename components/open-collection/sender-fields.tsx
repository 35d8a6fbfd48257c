import { TextField } from "@/components/admin/form-fields";
import type { FieldErrors } from "@/lib/practices/practice-input";

// The sender's fields and privacy notice, as on /segnala: moderation only, never public, erased
// 90 days after the decision.

export const SENDER_LABELS = {
  richiedente_nome: "Nome e cognome",
  richiedente_ruolo: "Ruolo",
  richiedente_email: "E-mail istituzionale",
  richiedente_ente: "Ente per cui scrivi",
};

export function SenderFields({
  text,
  err,
}: {
  text: (name: string) => string;
  err: (name: string) => FieldErrors[string];
}) {
  return (
    <section className="grid gap-4 md:grid-cols-2" aria-labelledby="sez-richiedente">
      <h2 id="sez-richiedente" className="text-xl font-bold md:col-span-2">
        Chi scrive
      </h2>
      <p className="rounded border border-line bg-surface p-3 text-sm md:col-span-2">
        <strong>Informativa sui dati personali.</strong> Nome, ruolo, e-mail e ente servono solo alla redazione del
        Ministero per verificare la segnalazione e, se serve, per contattarti. Non compaiono mai sul sito, negli open
        data o nell&apos;API. Sono conservati fino a 90 giorni dopo la decisione, poi cancellati automaticamente.
      </p>
      <TextField
        name="richiedente_nome"
        label="Nome e cognome"
        value={text("richiedente_nome")}
        errors={err("richiedente_nome")}
        required
        maxLength={120}
      />
      <TextField
        name="richiedente_ruolo"
        label="Ruolo"
        value={text("richiedente_ruolo")}
        errors={err("richiedente_ruolo")}
        required
        maxLength={120}
      />
      <TextField
        name="richiedente_email"
        label="E-mail istituzionale"
        value={text("richiedente_email")}
        errors={err("richiedente_email")}
        required
        maxLength={200}
      />
      <TextField
        name="richiedente_ente"
        label="Ente per cui scrivi"
        value={text("richiedente_ente")}
        errors={err("richiedente_ente")}
        required
        maxLength={200}
      />
    </section>
  );
}

/** Never shown to people: whatever fills it is a program. */
export function Honeypot() {
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
      <label htmlFor="sito_web">Lascia vuoto questo campo</label>
      <input id="sito_web" name="sito_web" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
