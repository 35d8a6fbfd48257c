"use client";

import { TextArea, TextField } from "@/components/admin/form-fields";
import { EntityFields, ENTITY_LABELS } from "@/components/submissions/entity-fields";
import { PublicForm, usePublicForm } from "@/components/submissions/public-form";
import { SENDER_LABELS, SenderFields } from "@/components/submissions/sender-fields";
import { SendBar } from "@/components/submissions/send-bar";
import { sendReplication } from "@/lib/open-collection/actions";
import type { ProposalFormState } from "@/lib/submissions/actions.validation";

type Props = {
  stamp: string;
  slug: string;
  regions: { slug: string; name: string }[];
  /** A refused send's state, back on the page without JavaScript (lib/forms/form-replies.ts). */
  initial?: ProposalFormState;
  /** Whether the site sends e-mail (SMTP_URL): the receipt and the decision. */
  mail: boolean;
};

const SUMMARY_LABELS: Record<string, string> = {
  ...ENTITY_LABELS,
  data_avvio: "Quando è partita",
  cosa_cambia: "Cosa avete cambiato",
  nota: "Nota pubblica",
  ...SENDER_LABELS,
};

export function ReplicationForm({ stamp, slug, regions, initial, mail }: Props) {
  const { state, action, pending, text, err } = usePublicForm(sendReplication, initial, { ente_tipo: "comune" });

  return (
    <PublicForm state={state} action={action} stamp={stamp} labels={SUMMARY_LABELS} hidden={{ pratica: slug }}>
      <section className="grid gap-4 md:grid-cols-2" aria-labelledby="sez-ente">
        <h2 id="sez-ente" className="text-xl font-bold md:col-span-2">
          L&apos;ente che l&apos;ha replicata
        </h2>
        <EntityFields text={text} err={err} regions={regions} />
      </section>

      <section className="flex flex-col gap-4" aria-labelledby="sez-replica">
        <h2 id="sez-replica" className="text-xl font-bold">
          La replica
        </h2>
        <TextField
          name="data_avvio"
          type="date"
          label="Quando è partita"
          value={text("data_avvio")}
          errors={err("data_avvio")}
          required
        />
        <TextArea
          name="cosa_cambia"
          label="Cosa avete cambiato rispetto alla pratica originale"
          value={text("cosa_cambia")}
          errors={err("cosa_cambia")}
          required
          rows={4}
          maxLength={3_000}
        />
        <TextArea
          name="nota"
          label="Una nota pubblica (facoltativa)"
          value={text("nota")}
          errors={err("nota")}
          rows={2}
          maxLength={1_000}
          hint="Comparirà sulla scheda accanto al nome dell'ente: non scrivere nomi di persone."
        />
      </section>

      <SenderFields text={text} err={err} mail={mail} />
      <SendBar pending={pending} label="Invia la replica" />
    </PublicForm>
  );
}
