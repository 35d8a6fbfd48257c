"use client";

import { SelectField, TextArea, TextField } from "@/components/admin/form-fields";
import { PublicForm, usePublicForm } from "@/components/submissions/public-form";
import { SENDER_LABELS, SenderFields } from "@/components/submissions/sender-fields";
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
  const { state, action, pending, text, err } = usePublicForm(sendFollowUp, initial);

  return (
    <PublicForm state={state} action={action} stamp={stamp} labels={SUMMARY_LABELS} hidden={{ pratica: slug }}>
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
    </PublicForm>
  );
}
