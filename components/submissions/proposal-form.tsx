"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/admin/error-summary";
import { PracticeFields } from "@/components/forms/practice-fields";
import { ScriptFlag } from "@/components/forms/script-flag";
import { SendBar } from "@/components/submissions/send-bar";
import { EntityFields, ENTITY_LABELS } from "@/components/submissions/entity-fields";
import { Honeypot, SENDER_LABELS, SenderFields } from "@/components/submissions/sender-fields";
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
const SUMMARY_LABELS: Record<string, string> = {
  ...L,
  ...SENDER_LABELS,
  ...ENTITY_LABELS,
};

export function ProposalForm({ stamp, reference, initial, mail }: Props) {
  const [state, action, pending] = useActionState<ProposalFormState, FormData>(sendProposal, initial ?? {});
  const values = state.values ?? { sostenibilita: "non-noto", ente_tipo: "comune" };
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
      <ScriptFlag />
      <ErrorSummary id="riepilogo-errori" title={state.message} errors={state.errors} labels={SUMMARY_LABELS} />

      <Honeypot />

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
    </form>
  );
}
