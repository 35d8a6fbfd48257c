"use client";

import { useActionState } from "react";
import { SelectField, TextArea, TextField } from "@/components/admin/form-fields";
import { ErrorSummary } from "@/components/admin/error-summary";
import { ScriptFlag } from "@/components/forms/script-flag";
import { Honeypot, SENDER_LABELS, SenderFields } from "@/components/submissions/sender-fields";
import { SendBar } from "@/components/submissions/send-bar";
import { sendFollowUp } from "@/lib/open-collection/actions";
import { FOLLOW_UP_STATUSES } from "@/lib/open-collection/labels";
import type { ProposalFormState } from "@/lib/submissions/actions.validation";

export const STATUS_OPTIONS = FOLLOW_UP_STATUSES.map((s) => ({ value: s.slug, label: s.label }));

const SUMMARY_LABELS: Record<string, string> = {
  data: "Alla data del",
  stato: "La pratica",
  testo: "Com'è andata",
  ...SENDER_LABELS,
};

export function FollowUpForm({
  stamp,
  slug,
  initial,
  mail,
}: {
  stamp: string;
  slug: string;
  initial?: ProposalFormState;
  /** Whether the site sends e-mail (SMTP_URL): the receipt and the decision. */
  mail: boolean;
}) {
  const [state, action, pending] = useActionState<ProposalFormState, FormData>(sendFollowUp, initial ?? {});
  const values = state.values ?? {};
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const err = (name: string) => state.errors?.[name];

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
      <section className="flex flex-col gap-4" aria-labelledby="sez-aggiornamento">
        <h2 id="sez-aggiornamento" className="text-xl font-bold">
          L&apos;aggiornamento
        </h2>
        <TextField name="data" type="date" label="Alla data del" value={text("data")} errors={err("data")} required />
        <SelectField
          name="stato"
          label="La pratica"
          value={text("stato")}
          errors={err("stato")}
          options={STATUS_OPTIONS}
          placeholder="— scegli —"
          required
        />
        <TextArea
          name="testo"
          label="Com'è andata"
          value={text("testo")}
          errors={err("testo")}
          required
          rows={5}
          maxLength={3_000}
          hint="Comparirà sulla scheda con la data: cosa è cambiato, cosa prosegue, perché è terminata."
        />
      </section>
      <SenderFields text={text} err={err} mail={mail} />
      <SendBar pending={pending} label="Invia l'aggiornamento" />
    </form>
  );
}
