import { TextField } from "@/components/admin/form-fields";
import type { FieldErrors } from "@/lib/practices/practice-input";

// Who sends a public form (a proposal, a replication, a follow-up), with the privacy notice:
// moderation only, never public, erased 90 days after the decision.

export const SENDER_LABELS = {
  richiedente_nome: "Nome e cognome",
  richiedente_ruolo: "Ruolo",
  richiedente_email: "E-mail istituzionale",
  richiedente_ente: "Ente per cui scrivi",
} as const;

const SENDER_FIELDS: { name: keyof typeof SENDER_LABELS; maxLength: number; hint?: string }[] = [
  { name: "richiedente_nome", maxLength: 120 },
  { name: "richiedente_ruolo", maxLength: 120, hint: "es. assistente sociale, responsabile dell'ufficio di piano" },
  { name: "richiedente_email", maxLength: 200, hint: "L'indirizzo dell'ente, es. servizisociali@comune.esempio.it" },
  { name: "richiedente_ente", maxLength: 200 },
];

export function SenderFields({
  text,
  err,
  mail,
}: {
  text: (name: string) => string;
  err: (name: string) => FieldErrors[string];
  /** Whether the site sends e-mail (SMTP_URL): the receipt and the decision. */
  mail: boolean;
}) {
  return (
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
      {SENDER_FIELDS.map(({ name, maxLength, hint }) => (
        <TextField
          key={name}
          name={name}
          label={SENDER_LABELS[name]}
          value={text(name)}
          errors={err(name)}
          required
          maxLength={maxLength}
          hint={hint}
        />
      ))}
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
