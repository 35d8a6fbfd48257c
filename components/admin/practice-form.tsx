"use client";

import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { SelectField, TextField } from "@/components/admin/form-fields";
import { ConflictPanel } from "@/components/admin/conflict-panel";
import { PracticeFields } from "@/components/forms/practice-fields";
import { ErrorSummary } from "@/components/admin/error-summary";
import { StickyBarFocusGuard } from "@/components/layout/sticky-bar-focus-guard";
import { DraftOffer, type SavedDraft } from "@/components/admin/draft-offer";
import { sessionHolds } from "@/components/admin/drafts-api";
import { SessionExpiredNotice } from "@/components/admin/session-expired-notice";
import {
  forgetAnswered,
  forgetSubmission,
  keepSubmission,
  newSheetSlot,
  takeKeptSubmission,
} from "@/components/admin/pending-submission";
import { useHydrated } from "@/components/admin/use-hydrated";
import { useUnsavedWork, type AutosaveStatus } from "@/components/admin/use-unsaved-work";
import { savePracticeForm } from "@/lib/practices/actions";
import type { PracticeFormState } from "@/lib/practices/actions.validation";
import { ENTITY_KINDS, STATUSES } from "@/lib/practices/enum-labels";
import { FIELD_LABELS as L } from "@/lib/practices/practice-fields";
import {
  comparableValues,
  formValuesFromData,
  withMergedTermValues,
  type FormValues,
} from "@/lib/practices/form-values";
import type { Reference } from "@/lib/practices/practice-input";

type Props = {
  practiceId?: number;
  version?: number;
  initialValues: FormValues;
  reference: Reference;
  entities: { id: number; name: string; region: { name: string } }[];
  /** This editor's autosaved, unsaved values of this sheet (or new sheets), when they differ from it. */
  savedDrafts?: SavedDraft[];
  /** A new-sheet form's own key (a new one for each page load): its autosave is not another tab's. */
  draftKey?: string;
  /** The sheet is live: a save is a draft, and "Pubblica modifiche" saves and publishes. */
  published?: boolean;
  /**
   * Another action with the same form state (publishing a public proposal), its hidden fields and
   * button. Such a form has no autosaved draft: the proposal itself is what is kept.
   */
  action?: (state: PracticeFormState, formData: FormData) => Promise<PracticeFormState>;
  hidden?: Record<string, string>;
  submitLabel?: string;
  /**
   * Where this browser keeps a submission refused for an expired session: the sheet's id by
   * default ("nuova" for a new sheet); another form of sheet values (a proposal under review)
   * names its own, so that the two never fill each other.
   */
  storageKey?: string;
  /** The publication status is decided by the action (a proposal is published): no choice shown. */
  fixedStatus?: boolean;
};

type Restored = { values: FormValues; baseVersion: number | null; notice: string };

const timeFormat = new Intl.DateTimeFormat("it-IT", { timeStyle: "short", timeZone: "Europe/Rome" });

function AutosaveNote({ status }: { status: AutosaveStatus }) {
  const text =
    status.state === "saving" ? (
      "Salvataggio automatico della bozza…"
    ) : status.state === "saved" ? (
      <>
        Bozza salvata automaticamente alle {timeFormat.format(new Date(status.at))}
        {/* On a phone the bar stays one row: the note keeps its first half. */}
        <span className="hidden sm:inline"> (non ancora pubblicata né salvata nella scheda)</span>.
      </>
    ) : status.state === "failed" ? (
      status.message
    ) : (
      ""
    );
  return (
    <span role="status" className="text-xs text-muted sm:text-sm" data-testid="autosave">
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
    savedDrafts = [],
    published = false,
    hidden = {},
    submitLabel = "Salva",
    storageKey,
    fixedStatus = false,
  } = props;
  const [state, action, pending] = useActionState<PracticeFormState, FormData>(props.action ?? savePracticeForm, {});
  const hydrated = useHydrated();
  const router = useRouter();
  const hydrating = typeof window !== "undefined" && !hydrated;
  const [restored, setRestored] = useState<Restored | null>(null);
  const [offer, setOffer] = useState(savedDrafts);
  const [draftKey, setDraftKey] = useState(props.draftKey);
  const [expired, setExpired] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const newSheet = practiceId === undefined && storageKey === undefined;
  const sheet = storageKey ?? practiceId ?? (draftKey ? newSheetSlot(draftKey) : null);
  // Once per values from the server, not again when a restore gives the form another draft key.
  const keptCheckedFor = useRef<FormValues | null>(null);
  const values = state.values ?? restored?.values ?? initialValues;
  const baseVersion = state.baseVersion ?? (restored ? restored.baseVersion : null) ?? version ?? null;
  const formKey = JSON.stringify(state.values ?? restored?.values ?? null) + (state.conflict?.currentVersion ?? "");
  const { status, flush, stay } = useUnsavedWork(formRef, {
    practiceId: practiceId ?? null,
    draftKey,
    slot: sheet,
    baseVersion,
    savedValues: initialValues,
    generation: formKey,
    ready: hydrated,
    // A proposal under review is kept as the proposal: its form only asks before leaving.
    autosave: !props.action,
  });

  // A submission refused because the session had expired comes back once the editor is signed in.
  useEffect(() => {
    if (keptCheckedFor.current === initialValues) return;
    keptCheckedFor.current = initialValues;
    if (new URLSearchParams(location.search).has("esito")) return forgetAnswered(sheet, initialValues.codice);
    const kept = takeKeptSubmission(sheet, newSheet);
    if (!kept) return;
    // Kept before a vocabulary merge: a value merged away is ticked as the one it became.
    const keptValues = withMergedTermValues(kept.submission.values, reference.aliases);
    if (comparableValues(keptValues) === comparableValues(initialValues)) return;
    // Browser storage exists only once hydrated: read here, not while rendering.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setOffer([]);
    if (kept.formKey) setDraftKey(kept.formKey);
    setRestored({
      values: keptValues,
      baseVersion: kept.submission.baseVersion,
      notice:
        "Le modifiche che stavi salvando quando la sessione è scaduta sono di nuovo nel modulo: controllale e salva.",
    });
  }, [sheet, newSheet, initialValues, reference.aliases]);
  // An answer from the server means the submission arrived: nothing more to keep, and the page
  // stays (the same answer twice does not remount the form): changes are watched again.
  useEffect(() => {
    if (state.values) forgetSubmission(sheet);
    stay();
  }, [state, sheet, stay]);
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const requiredNote = `I campi con * sono obbligatori.${published ? " «Salva» tiene le modifiche come bozza: il sito cambia con «Pubblica modifiche»." : ""}`;
  const err = (name: string) => state.errors?.[name];

  return (
    // The key remounts the fields on every answer, so they show what was sent, not stale defaults.
    <>
      {offer.length > 0 && !restored && (
        <DraftOffer
          drafts={offer}
          practiceId={practiceId ?? null}
          onRestore={(draft) => {
            setOffer([]);
            // The form continues that draft: its autosaves and its save are that draft's.
            if (draft.formKey) setDraftKey(draft.formKey);
            setRestored({
              values: draft.values,
              baseVersion: draft.baseVersion,
              notice: "Bozza ripristinata: le modifiche non sono ancora salvate nella scheda.",
            });
          }}
          onDiscard={(draft) => setOffer((drafts) => drafts.filter((d) => d !== draft))}
        />
      )}
      {expired && (
        <SessionExpiredNotice
          title="La sessione è scaduta: le tue modifiche non sono perse"
          detail="Non sono ancora salvate: restano nel modulo e in questo browser, e tornano nel modulo quando accedi di nuovo."
          signInLabel="Accedi di nuovo per salvarle"
          testId="session-expired"
        />
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
          // With the pressed button's name and value: "Pubblica modifiche" sends intento=pubblica.
          const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
          keepSubmission(sheet, { values: formValuesFromData(formData), baseVersion, at: new Date().toISOString() });
          // Before hydration the browser posts the form itself (the action works without scripts).
          if (!hydrated) return;
          // A refused save would answer with the page's sign-in redirect and leave the form: the
          // session is asked first, and an expired one keeps the submission here.
          event.preventDefault();
          if (!(await sessionHolds())) {
            setExpired(true);
            // Still on the page: what is typed next is autosaved (kept in this browser) and
            // leaving asks first, as before the click.
            stay();
            return;
          }
          setExpired(false);
          startTransition(() => action(formData));
        }}
        className="flex flex-col gap-8"
        noValidate
      >
        {practiceId !== undefined && <input type="hidden" name="id" value={practiceId} />}
        {practiceId === undefined && draftKey && <input type="hidden" name="chiave_bozza" value={draftKey} />}
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

        <PracticeFields
          values={values}
          errors={state.errors}
          reference={reference}
          hydrating={hydrating}
          heading={{ id: "sez-scheda", text: "La scheda" }}
          lead={
            <>
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
              {fixedStatus ? (
                <input type="hidden" name="stato" value={text("stato")} />
              ) : (
                <SelectField
                  name="stato"
                  label={L.stato}
                  value={text("stato")}
                  errors={err("stato")}
                  options={slugOptions(STATUSES)}
                  hint={
                    published
                      ? "«Archiviata» o «Bozza» tolgono la scheda dal sito appena salvi, senza passare da «Pubblica modifiche»."
                      : undefined
                  }
                />
              )}
            </>
          }
          between={
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
          }
        />

        <p className="text-sm text-muted sm:hidden">{requiredNote}</p>
        <div
          data-sticky-save-bar
          className="sticky bottom-0 flex flex-wrap items-center gap-x-3 gap-y-1 border-t border-line bg-white py-2 sm:gap-4 sm:py-4"
        >
          <StickyBarFocusGuard />
          <button
            type="submit"
            disabled={pending}
            className="rounded bg-primary px-4 py-2 font-semibold text-white hover:bg-primary-dark disabled:opacity-60 sm:px-6"
          >
            {pending ? "Salvataggio…" : submitLabel}
          </button>
          {published && (
            <button
              type="submit"
              name="intento"
              value="pubblica"
              disabled={pending}
              className="rounded bg-success px-4 py-2 font-semibold text-white disabled:opacity-60 sm:px-6"
            >
              Pubblica modifiche
            </button>
          )}
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
              className="rounded border border-primary px-3 py-2 font-semibold sm:px-4"
            >
              Anteprima<span className="hidden sm:inline"> delle modifiche</span>
            </button>
          )}
          <span className="hidden text-sm text-muted sm:inline">{requiredNote}</span>
          <AutosaveNote status={status} />
        </div>
      </form>
    </>
  );
}
