"use client";

import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { CheckboxGroup, SelectField, TextArea, TextField } from "@/components/admin/form-fields";
import { ConflictPanel } from "@/components/admin/conflict-panel";
import { ErrorSummary } from "@/components/admin/error-summary";
import { StickyBarFocusGuard } from "@/components/admin/sticky-bar-focus-guard";
import { DraftOffer, type SavedDraft } from "@/components/admin/draft-offer";
import { sessionHolds } from "@/components/admin/drafts-api";
import { forgetSubmission, keepSubmission, readSubmission } from "@/components/admin/pending-submission";
import { useHydrated } from "@/components/admin/use-hydrated";
import { useUnsavedWork, type AutosaveStatus } from "@/components/admin/use-unsaved-work";
import { savePracticeForm } from "@/lib/practices/actions";
import type { PracticeFormState } from "@/lib/practices/actions.validation";
import { ENTITY_KINDS, SERVICE_TYPES, STATUSES, SUSTAINABILITY } from "@/lib/practices/enum-labels";
import { FIELD_LABELS as L, TERM_FIELDS, type TermField } from "@/lib/practices/practice-fields";
import { comparableValues, formValuesFromData, type FormValues } from "@/lib/practices/form-values";
import type { Reference } from "@/lib/practices/practice-input";

type Props = {
  practiceId?: number;
  version?: number;
  initialValues: FormValues;
  reference: Reference;
  entities: { id: number; name: string; region: { name: string } }[];
  /** This editor's autosaved, unsaved values of this sheet, when they differ from it. */
  savedDraft?: SavedDraft | null;
  /**
   * Another action with the same form state (publishing a public proposal), its hidden fields and
   * button. Such a form has no autosaved draft: the proposal itself is what is kept.
   */
  action?: (state: PracticeFormState, formData: FormData) => Promise<PracticeFormState>;
  hidden?: Record<string, string>;
  submitLabel?: string;
};

type Restored = { values: FormValues; baseVersion: number | null; notice: string };

const timeFormat = new Intl.DateTimeFormat("it-IT", { timeStyle: "short", timeZone: "Europe/Rome" });

function AutosaveNote({ status }: { status: AutosaveStatus }) {
  const text =
    status.state === "saving"
      ? "Salvataggio automatico della bozza…"
      : status.state === "saved"
        ? `Bozza salvata automaticamente alle ${timeFormat.format(new Date(status.at))} (non ancora pubblicata né salvata nella scheda).`
        : status.state === "failed"
          ? status.message
          : "";
  return (
    <span role="status" className="text-sm text-muted" data-testid="autosave">
      {text}
    </span>
  );
}

// The error summary names each field as the form labels it.
const SUMMARY_LABELS: Record<string, string> = {
  ...L,
  ente_id: "Ente già presente",
  ente_nome: `${L.ente_nome} (nuovo)`,
};

const slugOptions = (options: { slug: string; label: string }[]) =>
  options.map((o) => ({ value: o.slug, label: o.label }));

export function PracticeForm(props: Props) {
  const {
    practiceId,
    version,
    initialValues,
    reference,
    entities,
    savedDraft,
    hidden = {},
    submitLabel = "Salva",
  } = props;
  const [state, action, pending] = useActionState<PracticeFormState, FormData>(props.action ?? savePracticeForm, {});
  const hydrated = useHydrated();
  const router = useRouter();
  const hydrating = typeof window !== "undefined" && !hydrated;
  const [restored, setRestored] = useState<Restored | null>(null);
  const [offer, setOffer] = useState(savedDraft ?? null);
  const [expired, setExpired] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const sheet = practiceId ?? null;
  const values = state.values ?? restored?.values ?? initialValues;
  const baseVersion = state.baseVersion ?? (restored ? restored.baseVersion : null) ?? version ?? null;
  const formKey = JSON.stringify(state.values ?? restored?.values ?? null) + (state.conflict?.currentVersion ?? "");
  const { status, flush } = useUnsavedWork(formRef, {
    practiceId: sheet,
    baseVersion,
    savedValues: initialValues,
    generation: formKey,
    ready: hydrated && !props.action,
  });

  // A submission refused because the session had expired comes back once the editor is signed in.
  useEffect(() => {
    if (new URLSearchParams(location.search).has("esito")) return forgetSubmission(sheet);
    const kept = readSubmission(sheet);
    if (!kept || comparableValues(kept.values) === comparableValues(initialValues)) return;
    forgetSubmission(sheet);
    // Browser storage exists only once hydrated: read here, not while rendering.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setOffer(null);
    setRestored({
      values: kept.values,
      baseVersion: kept.baseVersion,
      notice:
        "Le modifiche che stavi salvando quando la sessione è scaduta sono di nuovo nel modulo: controllale e salva.",
    });
  }, [sheet, initialValues]);
  // An answer from the server means the submission arrived: nothing more to keep.
  useEffect(() => {
    if (state.values) forgetSubmission(sheet);
  }, [state, sheet]);
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const list = (name: string) => (Array.isArray(values[name]) ? (values[name] as string[]) : []);
  const err = (name: string) => state.errors?.[name];
  const terms = (field: TermField) =>
    reference.terms.filter((t) => t.vocabulary === TERM_FIELDS[field]).map((t) => ({ value: t.slug, label: t.label }));

  return (
    // The key remounts the fields on every answer, so they show what was sent, not stale defaults.
    <>
      {offer && !restored && (
        <DraftOffer
          draft={offer}
          practiceId={sheet}
          onRestore={() => {
            setOffer(null);
            setRestored({
              values: offer.values,
              baseVersion: offer.baseVersion,
              notice: "Bozza ripristinata: le modifiche non sono ancora salvate nella scheda.",
            });
          }}
          onDiscard={() => setOffer(null)}
        />
      )}
      {expired && (
        <div role="alert" className="rounded border-2 border-warning bg-yellow-50 p-4" data-testid="session-expired">
          <h2 className="text-xl font-bold">La sessione è scaduta: le tue modifiche non sono perse</h2>
          <p className="mt-1">
            Non sono ancora salvate: restano nel modulo e in questo browser, e tornano nel modulo quando accedi di
            nuovo.
          </p>
          <p className="mt-2">
            <a
              href={`/admin/login?next=${encodeURIComponent(practiceId ? `/admin/pratiche/${practiceId}` : "/admin/pratiche/nuova")}`}
              data-keeps-work
              className="font-semibold"
            >
              Accedi di nuovo per salvarle
            </a>
          </p>
        </div>
      )}
      {restored && !state.values && (
        <p role="status" className="rounded border-l-4 border-primary bg-primary-lightest px-3 py-2 font-semibold">
          {restored.notice}
        </p>
      )}
      <form
        action={action}
        ref={formRef}
        key={formKey}
        data-ready={hydrated ? "" : undefined}
        onSubmit={async (event) => {
          const formData = new FormData(event.currentTarget);
          keepSubmission(sheet, { values: formValuesFromData(formData), baseVersion, at: new Date().toISOString() });
          // Before hydration the browser posts the form itself (the action works without scripts).
          if (!hydrated) return;
          // A refused save would answer with the page's sign-in redirect and leave the form: the
          // session is asked first, and an expired one keeps the submission here.
          event.preventDefault();
          if (!(await sessionHolds())) {
            setExpired(true);
            return;
          }
          setExpired(false);
          startTransition(() => action(formData));
        }}
        className="flex flex-col gap-8"
        noValidate
      >
        {practiceId !== undefined && <input type="hidden" name="id" value={practiceId} />}
        {baseVersion !== null && <input type="hidden" name="versione" value={baseVersion} />}
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {state.conflict && <ConflictPanel conflict={state.conflict} />}
        <ErrorSummary errors={state.errors} labels={SUMMARY_LABELS} />
        {/* A merge that broke a rule says so beside the summary; a plain refusal is the summary. */}
        {state.message && !state.conflict && (!state.errors || state.baseVersion !== undefined) && (
          <p role="alert" className="rounded border-l-4 border-danger bg-red-50 px-3 py-2 font-semibold">
            {state.message}
          </p>
        )}

        <section className="grid gap-4 md:grid-cols-2" aria-labelledby="sez-scheda">
          <h2 id="sez-scheda" className="text-xl font-bold md:col-span-2">
            La scheda
          </h2>
          <TextField
            name="codice"
            label={L.codice}
            value={text("codice")}
            errors={err("codice")}
            required
            readOnly={practiceId !== undefined}
            hint={
              practiceId !== undefined
                ? "Il codice identifica la scheda nelle importazioni e non si può cambiare."
                : "Proposto automaticamente, puoi cambiarlo: lettere, cifre, punto e trattini, es. PUG-BARI-001."
            }
          />
          <SelectField
            name="stato"
            label={L.stato}
            value={text("stato")}
            errors={err("stato")}
            options={slugOptions(STATUSES)}
          />
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
              hydrating={hydrating}
              name="sintesi"
              label={L.sintesi}
              value={text("sintesi")}
              errors={err("sintesi")}
              required
              rows={2}
              maxLength={600}
            />
          </div>
          <div className="md:col-span-2">
            <TextArea
              hydrating={hydrating}
              name="descrizione"
              label={L.descrizione}
              value={text("descrizione")}
              errors={err("descrizione")}
              required
              rows={8}
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

        <section className="grid gap-4 md:grid-cols-2" aria-labelledby="sez-ente">
          <h2 id="sez-ente" className="text-xl font-bold md:col-span-2">
            Ente erogatore
          </h2>
          <div className="md:col-span-2">
            <SelectField
              name="ente_id"
              label="Ente già presente"
              value={text("ente_id")}
              errors={err("ente_id")}
              placeholder="— nessuno: crea un nuovo ente con i campi sotto —"
              hint="Per correggere nome, tipo, codice ISTAT o provincia di un ente già presente usa la sua pagina in Enti: i campi qui sotto valgono solo per un ente nuovo."
              options={entities.map((e) => ({ value: String(e.id), label: e.name, group: e.region.name }))}
            />
          </div>
          <TextField
            name="ente_nome"
            label={`${L.ente_nome} (nuovo)`}
            value={text("ente_nome")}
            errors={err("ente_nome")}
            hint="es. Comune di Matera"
          />
          <SelectField
            name="ente_tipo"
            label={L.ente_tipo}
            value={text("ente_tipo")}
            errors={err("ente_tipo")}
            options={slugOptions(ENTITY_KINDS)}
            placeholder="— scegli —"
          />
          <TextField
            name="ente_codice_istat"
            label={L.ente_codice_istat}
            value={text("ente_codice_istat")}
            errors={err("ente_codice_istat")}
            hint="6 cifre; per ambiti e unioni, il comune capofila."
          />
          <SelectField
            name="regione"
            label={L.regione}
            value={text("regione")}
            errors={err("regione")}
            options={reference.regions.map((r) => ({ value: r.slug, label: r.name }))}
            placeholder="— scegli —"
          />
          <TextField name="provincia" label={L.provincia} value={text("provincia")} errors={err("provincia")} />
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
          <div className="md:col-span-3">
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
              hydrating={hydrating}
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
          <CheckboxGroup
            name="aree_utenza"
            label={L.aree_utenza}
            values={list("aree_utenza")}
            errors={err("aree_utenza")}
            options={terms("aree_utenza")}
            required
          />
          <CheckboxGroup
            name="tecnologie"
            label={L.tecnologie}
            values={list("tecnologie")}
            errors={err("tecnologie")}
            options={terms("tecnologie")}
          />
          <CheckboxGroup
            name="reti"
            label={L.reti}
            values={list("reti")}
            errors={err("reti")}
            options={terms("reti")}
          />
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
          <TextArea
            hydrating={hydrating}
            name="innovazione"
            label={L.innovazione}
            value={text("innovazione")}
            errors={err("innovazione")}
          />
          <TextArea
            hydrating={hydrating}
            name="riscontri"
            label={L.riscontri}
            value={text("riscontri")}
            errors={err("riscontri")}
          />
          <SelectField
            name="sostenibilita"
            label={L.sostenibilita}
            value={text("sostenibilita")}
            errors={err("sostenibilita")}
            options={slugOptions(SUSTAINABILITY)}
          />
          <TextArea
            hydrating={hydrating}
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
            hint="Un ufficio o un indirizzo istituzionale dell'ente, mai una persona; compare sulla scheda pubblica."
          />
        </section>

        <div
          data-sticky-save-bar
          className="sticky bottom-0 flex items-center gap-4 border-t border-line bg-white py-4"
        >
          <StickyBarFocusGuard />
          <button
            type="submit"
            disabled={pending}
            className="rounded bg-primary px-6 py-2 font-semibold text-white hover:bg-primary-dark disabled:opacity-60"
          >
            {pending ? "Salvataggio…" : submitLabel}
          </button>
          {practiceId !== undefined && (
            <button
              type="button"
              disabled={!hydrated}
              onClick={async () => {
                // A tab of its own: this form stays as it is.
                const preview = window.open("about:blank", "_blank");
                await flush();
                const url = `/admin/pratiche/${practiceId}/anteprima?modifiche=1`;
                if (preview) preview.location.href = url;
                else router.push(url);
              }}
              className="rounded border border-primary px-4 py-2 font-semibold"
            >
              Anteprima delle modifiche
            </button>
          )}
          <span className="text-sm text-muted">I campi con * sono obbligatori.</span>
          <AutosaveNote status={status} />
        </div>
      </form>
    </>
  );
}
