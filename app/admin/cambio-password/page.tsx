import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { OwnPasswordForm } from "@/components/admin/own-password-form";
import { logout } from "@/lib/auth/actions";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Scegli la tua password — area riservata", robots: { index: false } };
export const instant = false;

// Outside the area's layout, which sends here every user who must first replace a password an
// administrator chose: this page is the one they can open.
export default async function RequiredPasswordChangePage() {
  const user = await getCurrentUser();
  if (!user) redirect("/admin/login");
  if (!user.mustChangePassword) redirect("/admin/account");
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-3xl font-bold">Scegli la tua password</h1>
      <p className="mt-2">
        La password con cui hai acceduto è stata scelta da un amministratore. Prima di continuare, scegline una che
        conosci solo tu: scrivi quella attuale, poi la nuova due volte.
      </p>
      <div className="mt-6">
        <OwnPasswordForm />
      </div>
      <form action={logout} className="mt-8">
        <button type="submit" className="rounded border border-primary px-3 py-1 font-semibold text-primary">
          Esci senza cambiare la password
        </button>
      </form>
    </div>
  );
}
