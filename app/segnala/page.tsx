import type { Metadata } from "next";
import { connection } from "next/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ProposalForm } from "@/components/submissions/proposal-form";
import { db } from "@/lib/db";
import { REPLY_PARAM } from "@/lib/forms/form-replies";
import { formReplyForPage } from "@/lib/forms/reply-cookie";
import { siteMailer } from "@/lib/mail/site-mailer";
import { loadReference } from "@/lib/practices/reference";
import { makeFormStamp } from "@/lib/submissions/form-stamp";
import { PROPOSAL_FORM, type ProposalFormState } from "@/lib/submissions/actions.validation";
import { siteSecret } from "@/lib/submissions/site-secret";

export const metadata: Metadata = {
  title: "Segnala una pratica",
  description: "Il tuo comune o il tuo ambito ha una pratica da condividere? Proponila al catalogo.",
  alternates: { canonical: "/segnala" },
};

// Each visit gets its own form stamp (the future private link and idempotency key), so the page
// is rendered per request, whole (no streaming: it must work without JavaScript).
export const instant = false;

export default async function ProposePage({ searchParams }: PageProps<"/segnala">) {
  await connection();
  const [reference, secret, initial] = await Promise.all([
    loadReference(),
    siteSecret(db, "form-stamp"),
    formReplyForPage<ProposalFormState>(PROPOSAL_FORM, (await searchParams)[REPLY_PARAM]),
  ]);
  const mail = siteMailer() !== null;
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6 px-4 py-8">
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Segnala una pratica" }]} />
      <h1 className="text-3xl font-bold">Il tuo comune ha una pratica da condividere?</h1>
      <p className="max-w-3xl text-lg">
        Compila la scheda come la trovi nel catalogo: la redazione del Ministero la legge, se serve la corregge con te e
        la pubblica. Dopo l&apos;invio ricevi un codice e un link privato per seguire la segnalazione.
      </p>
      <p className="max-w-3xl text-sm text-muted">
        {mail
          ? "Ricevi anche per e-mail il codice, il link privato e poi l'esito."
          : "Per ora la redazione non invia e-mail: l'esito si legge solo al link privato, che conviene salvare."}
      </p>
      <ProposalForm stamp={makeFormStamp(secret)} reference={reference} initial={initial} mail={mail} />
    </div>
  );
}
