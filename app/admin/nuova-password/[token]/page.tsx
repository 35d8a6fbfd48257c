import type { Metadata } from "next";
import { Link } from "@/components/link";
import { LinkPasswordForm } from "@/components/admin/link-password-form";
import { passwordResetForLink } from "@/lib/accounts/link-queries";

export const metadata: Metadata = { title: "Nuova password — area riservata", robots: { index: false } };
export const instant = false;

export default async function NewPasswordPage({ params }: PageProps<"/admin/nuova-password/[token]">) {
  const { token } = await params;
  const reset = await passwordResetForLink(token);
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-3xl font-bold">Scegli una nuova password</h1>
      {reset ? (
        <>
          <p className="mt-2">
            Per l&apos;account <strong>{reset.email}</strong>. Dopo il salvataggio tutte le sessioni aperte con questo
            account vengono chiuse e accedi con la nuova password.
          </p>
          <div className="mt-6">
            <LinkPasswordForm token={token} kind="reset" />
          </div>
        </>
      ) : (
        <>
          <p role="alert" className="mt-4 rounded border-l-4 border-danger bg-red-50 px-3 py-2 font-semibold">
            Il link non è più valido: è già stato usato oppure è scaduto.
          </p>
          <p className="mt-6">
            <Link href="/admin/password-dimenticata">Chiedi un nuovo link</Link>
          </p>
        </>
      )}
    </div>
  );
}
