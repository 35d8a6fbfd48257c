import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ReplicationForm } from "@/components/open-collection/replication-form";
import { db } from "@/lib/db";
import { REPLY_PARAM } from "@/lib/forms/form-replies";
import { formReplyForPage } from "@/lib/forms/reply-cookie";
import { siteMailer } from "@/lib/mail/site-mailer";
import { REPLICATION_FORM } from "@/lib/open-collection/actions.validation";
import type { ProposalFormState } from "@/lib/submissions/actions.validation";
import { fetchPractice, fetchRegions } from "@/lib/practices/catalogue";
import { makeFormStamp } from "@/lib/submissions/form-stamp";
import { siteSecret } from "@/lib/submissions/site-secret";

export const metadata: Metadata = {
  title: "Il tuo ente ha replicato questa pratica?",
  robots: { index: false, follow: true },
};

// A fresh form stamp per visit (private link and idempotency key): rendered per request, whole.
export const instant = false;

export default async function ReplicationPage({ params, searchParams }: PageProps<"/pratiche/[slug]/replica">) {
  await connection();
  const { slug } = await params;
  // A refused send without JavaScript comes back here with its state (Post/Redirect/Get).
  const reply = await formReplyForPage<ProposalFormState>(REPLICATION_FORM, (await searchParams)[REPLY_PARAM]);
  const practice = await fetchPractice(slug);
  // Illustrative sheets describe no real service: they take no replications.
  if (!practice || practice.isSample) notFound();
  const [regions, secret] = await Promise.all([fetchRegions(), siteSecret(db, "form-stamp")]);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8">
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          { label: practice.title, href: `/pratiche/${practice.slug}` },
          { label: "Replica" },
        ]}
      />
      <h1 className="text-3xl font-bold">Il tuo ente ha replicato questa pratica?</h1>
      <p className="text-lg">
        «{practice.title}» di {practice.entity.name}. Raccontaci dove e quando l&apos;avete avviata e cosa avete
        cambiato: dopo la verifica della redazione comparirà sulla scheda, con il nome dell&apos;ente, la data e la nota
        pubblica. Dopo l&apos;invio ricevi un codice e un link privato per seguirla.
      </p>
      <ReplicationForm
        initial={reply}
        stamp={makeFormStamp(secret)}
        slug={practice.slug}
        regions={regions}
        mail={siteMailer() !== null}
      />
    </div>
  );
}
