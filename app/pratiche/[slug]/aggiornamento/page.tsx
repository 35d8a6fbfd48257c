import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { FollowUpForm } from "@/components/open-collection/follow-up-form";
import { db } from "@/lib/db";
import { REPLY_PARAM } from "@/lib/forms/form-replies";
import { formReplyForPage } from "@/lib/forms/reply-cookie";
import { siteMailer } from "@/lib/mail/site-mailer";
import { FOLLOW_UP_FORM } from "@/lib/open-collection/actions.validation";
import type { ProposalFormState } from "@/lib/submissions/actions.validation";
import { fetchPractice } from "@/lib/practices/catalogue";
import { makeFormStamp } from "@/lib/submissions/form-stamp";
import { siteSecret } from "@/lib/submissions/site-secret";

export const metadata: Metadata = { title: "Com'è andata dopo?", robots: { index: false, follow: true } };

export const instant = false;

export default async function FollowUpPage({ params, searchParams }: PageProps<"/pratiche/[slug]/aggiornamento">) {
  await connection();
  const { slug } = await params;
  // A refused send without JavaScript comes back here with its state (Post/Redirect/Get).
  const reply = await formReplyForPage<ProposalFormState>(FOLLOW_UP_FORM, (await searchParams)[REPLY_PARAM]);
  const practice = await fetchPractice(slug);
  // Illustrative sheets describe no real service: they take no follow-ups.
  if (!practice || practice.isSample) notFound();
  const secret = await siteSecret(db, "form-stamp");
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8">
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          { label: practice.title, href: `/pratiche/${practice.slug}` },
          { label: "Com'è andata dopo" },
        ]}
      />
      <h1 className="text-3xl font-bold">Com&apos;è andata dopo?</h1>
      <p className="text-lg">
        «{practice.title}» di {practice.entity.name}. Nel 2020 l&apos;ente ha dichiarato se la pratica sarebbe
        proseguita: racconta com&apos;è andata. Dopo la verifica della redazione l&apos;aggiornamento comparirà sulla
        scheda con la sua data.
      </p>
      <FollowUpForm initial={reply} stamp={makeFormStamp(secret)} slug={practice.slug} mail={siteMailer() !== null} />
    </div>
  );
}
