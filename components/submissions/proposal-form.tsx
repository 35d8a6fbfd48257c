"use client";

import { PracticeFields } from "@/components/forms/practice-fields";
import { SendBar } from "@/components/submissions/send-bar";
import { EntityFields, ENTITY_LABELS } from "@/components/submissions/entity-fields";
import { PublicForm, usePublicForm } from "@/components/submissions/public-form";
import { SENDER_LABELS, SenderFields } from "@/components/submissions/sender-fields";
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

// The error summary names each field as this form labels it.
// In the form's order: the entity, the practice, the sender. The entity's labels are spread again
// last so that they, not the sheet's, name those fields (a key keeps its first position).
const SUMMARY_LABELS: Record<string, string> = {
  ...ENTITY_LABELS,
  ...L,
  ...SENDER_LABELS,
  ...ENTITY_LABELS,
};

export function ProposalForm({ stamp, reference, initial, mail }: Props) {
  const { state, action, pending, values, text, err } = usePublicForm(sendProposal, initial, {
    sostenibilita: "non-noto",
    ente_tipo: "comune",
  });

  return (
    <PublicForm state={state} action={action} stamp={stamp} labels={SUMMARY_LABELS}>
      <section className="grid gap-4 md:grid-cols-2" aria-labelledby="sez-ente">
        <h2 id="sez-ente" className="text-xl font-bold md:col-span-2">
          L&apos;ente che ha realizzato la pratica
        </h2>
        <EntityFields
          text={text}
          err={err}
          regions={reference.regions}
          nameHint="es. Ambito territoriale sociale di Lecce"
        />
      </section>

      <PracticeFields
        values={values}
        errors={state.errors}
        reference={reference}
        heading={{ id: "sez-pratica", text: "La pratica" }}
        hints={{ sintesi: "Due o tre frasi: cosa fa il servizio e per chi." }}
      />

      <SenderFields text={text} err={err} mail={mail} />

      <SendBar pending={pending} label="Invia la segnalazione" />
    </PublicForm>
  );
}
