import type { Metadata } from "next";
import { Link } from "@/components/link";
import { LinkPasswordForm } from "@/components/admin/link-password-form";
import { invitationForLink, invitationRevoked } from "@/lib/accounts/link-queries";
import { REVOKED_INVITATION } from "@/lib/accounts/tokens";
import { ROLE_NAMES } from "@/lib/users/roles";

export const metadata: Metadata = { title: "Attiva il tuo account — area riservata", robots: { index: false } };
export const instant = false;

export default async function InvitationPage({ params }: PageProps<"/admin/invito/[token]">) {
  const { token } = await params;
  const invitation = await invitationForLink(token);
  const revoked = !invitation && (await invitationRevoked(token));
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-3xl font-bold">Attiva il tuo account</h1>
      {invitation ? (
        <>
          <p className="mt-2">
            Sei stato invitato come <strong>{ROLE_NAMES[invitation.role].toLowerCase()}</strong> con l&apos;indirizzo{" "}
            <strong>{invitation.email}</strong>. Scegli il nome con cui comparirai e la tua password.
          </p>
          <div className="mt-6">
            <LinkPasswordForm token={token} kind="invitation" />
          </div>
        </>
      ) : revoked ? (
        <InvalidLink reason={REVOKED_INVITATION}>
          Se ti serve un account, chiedi un nuovo invito a un amministratore.
        </InvalidLink>
      ) : (
        <InvalidLink>Chiedi un nuovo invito a un amministratore.</InvalidLink>
      )}
    </div>
  );
}

const EXPIRED_OR_USED = "Il link non è più valido: è già stato usato oppure è scaduto.";

function InvalidLink({ children, reason = EXPIRED_OR_USED }: { children: React.ReactNode; reason?: string }) {
  return (
    <>
      <p role="alert" className="mt-4 rounded border-l-4 border-danger bg-red-50 px-3 py-2 font-semibold">
        {reason} {children}
      </p>
      <p className="mt-6">
        <Link href="/admin/login">Vai all&apos;accesso</Link>
      </p>
    </>
  );
}
