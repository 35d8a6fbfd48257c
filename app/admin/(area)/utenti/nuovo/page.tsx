import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { UserCreateForm } from "@/components/admin/user-create-form";
import { requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Nuovo utente — area riservata" };

export default async function NewUserPage() {
  await requirePageUser("ADMIN", "/admin/utenti/nuovo");
  return (
    <div className="flex flex-col gap-6">
      <Breadcrumbs items={[{ label: "Utenti", href: "/admin/utenti" }, { label: "Nuovo utente" }]} />
      <h1 className="text-3xl font-bold">Nuovo utente</h1>
      <p className="max-w-3xl">
        Scegli tu la password iniziale e comunicala alla persona per un canale sicuro (non per e-mail insieme
        all&apos;indirizzo).
      </p>
      <UserCreateForm />
    </div>
  );
}
