import type { Metadata } from "next";
import { Link } from "@/components/link";
import { ResetRequestForm } from "@/components/admin/reset-request-form";
import { siteMailer } from "@/lib/mail/site-mailer";

export const metadata: Metadata = { title: "Password dimenticata — area riservata", robots: { index: false } };
export const instant = false;

export default async function ForgottenPasswordPage() {
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-3xl font-bold">Password dimenticata</h1>
      {siteMailer() ? (
        <>
          <p className="mt-2">
            Scrivi l&apos;e-mail del tuo account: ti mandiamo un link per scegliere una nuova password, valido 30 minuti
            e una sola volta.
          </p>
          <div className="mt-6">
            <ResetRequestForm />
          </div>
        </>
      ) : (
        <p className="mt-4 rounded border-l-4 border-primary bg-primary-lightest px-3 py-2">
          Questo sito non è configurato per inviare e-mail: chiedi a un amministratore di impostarti una nuova password.
          Al primo accesso con quella password ne sceglierai una tua.
        </p>
      )}
      <p className="mt-6">
        <Link href="/admin/login">Torna all&apos;accesso</Link>
      </p>
    </div>
  );
}
