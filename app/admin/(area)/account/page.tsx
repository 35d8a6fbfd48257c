import type { Metadata } from "next";
import { OwnPasswordForm } from "@/components/admin/own-password-form";
import { requirePageUser } from "@/lib/auth/session";
import { ROLE_NAMES } from "@/lib/users/user-input";

export const metadata: Metadata = { title: "Il mio account — area riservata" };

export default async function AccountPage() {
  const user = await requirePageUser("EDITOR", "/admin/account");
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold">Il mio account</h1>
        <dl className="mt-3 grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">Nome</dt>
          <dd>{user.name}</dd>
          <dt className="font-semibold">E-mail</dt>
          <dd>{user.email}</dd>
          <dt className="font-semibold">Ruolo</dt>
          <dd>{ROLE_NAMES[user.role]}</dd>
        </dl>
      </div>
      <section aria-labelledby="sez-password" className="flex flex-col gap-3">
        <h2 id="sez-password" className="text-xl font-bold">
          Cambia password
        </h2>
        <p className="max-w-3xl">
          Serve la password attuale. Dopo il cambio, le tue sessioni aperte su altri dispositivi vengono chiuse; questa
          resta aperta.
        </p>
        <OwnPasswordForm />
      </section>
    </div>
  );
}
