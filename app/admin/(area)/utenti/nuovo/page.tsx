import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { UserInviteForm } from "@/components/admin/user-invite-form";
import { requirePageUser } from "@/lib/auth/session";
import { siteMailer } from "@/lib/mail/site-mailer";

export const metadata: Metadata = { title: "Invita un utente — area riservata" };

export default async function NewUserPage() {
  await requirePageUser("ADMIN", "/admin/utenti/nuovo");
  return (
    <div className="flex flex-col gap-6">
      <Breadcrumbs items={[{ label: "Utenti", href: "/admin/utenti" }, { label: "Invita un utente" }]} />
      <h1 className="text-3xl font-bold">Invita un utente</h1>
      <p className="max-w-3xl">
        La persona riceve un link con cui sceglie da sé nome e password: nessuno oltre a lei la conosce. Il link vale
        una sola volta e scade dopo 7 giorni.{" "}
        {siteMailer()
          ? "Viene inviato per e-mail all'indirizzo indicato."
          : "Il sito non è configurato per inviare e-mail: il link viene mostrato qui, una volta sola, e lo comunichi tu."}
      </p>
      <UserInviteForm />
    </div>
  );
}
