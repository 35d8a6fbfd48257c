import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { UserPasswordForm, UserRoleForm, UserStatusForm } from "@/components/admin/user-account-forms";
import { formatLastSignIn, UserStatusBadge } from "@/components/admin/user-table";
import { requirePageUser } from "@/lib/auth/session";
import { parseId } from "@/lib/route-params";
import { getUser } from "@/lib/users/queries";
import { ROLE_NAMES } from "@/lib/users/user-input";

export const metadata: Metadata = { title: "Utente — area riservata" };

const date = new Intl.DateTimeFormat("it-IT", { dateStyle: "long", timeZone: "Europe/Rome" });

export default async function UserPage({ params }: PageProps<"/admin/utenti/[id]">) {
  const { id: rawId } = await params;
  const me = await requirePageUser("ADMIN", `/admin/utenti/${rawId}`);
  const id = parseId(rawId);
  const user = id ? await getUser(id) : null;
  if (!user) notFound();
  const self = user.id === me.id;

  return (
    <div className="flex flex-col gap-8">
      <Breadcrumbs items={[{ label: "Utenti", href: "/admin/utenti" }, { label: user.name }]} />
      <div>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold">{user.name}</h1>
          <UserStatusBadge active={user.active} />
        </div>
        <dl className="mt-3 grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">E-mail</dt>
          <dd>{user.email}</dd>
          <dt className="font-semibold">Ruolo</dt>
          <dd>{ROLE_NAMES[user.role]}</dd>
          <dt className="font-semibold">Ultimo accesso</dt>
          <dd>{formatLastSignIn(user.lastSignIn)}</dd>
          <dt className="font-semibold">Creato il</dt>
          <dd>{date.format(user.createdAt)}</dd>
        </dl>
      </div>

      <section aria-labelledby="sez-ruolo" className="flex max-w-xl flex-col gap-3">
        <h2 id="sez-ruolo" className="text-xl font-bold">
          Ruolo
        </h2>
        {self ? (
          <p>
            Non puoi cambiare il tuo ruolo: chiedilo a un altro amministratore. Così l&apos;area non resta mai senza
            amministratori.
          </p>
        ) : (
          <UserRoleForm userId={user.id} role={user.role} />
        )}
      </section>

      <section aria-labelledby="sez-stato" className="flex max-w-xl flex-col gap-3">
        <h2 id="sez-stato" className="text-xl font-bold">
          Accesso
        </h2>
        {self ? <p>Non puoi disattivare il tuo account.</p> : <UserStatusForm userId={user.id} active={user.active} />}
      </section>

      <section aria-labelledby="sez-password" className="flex flex-col gap-3">
        <h2 id="sez-password" className="text-xl font-bold">
          {self ? "La tua password" : "Nuova password"}
        </h2>
        <p className="max-w-3xl">
          {self
            ? "Le tue altre sessioni verranno chiuse; questa resta aperta."
            : "Se la persona ha dimenticato la password: le sue sessioni aperte verranno chiuse."}
        </p>
        <UserPasswordForm userId={user.id} />
      </section>
    </div>
  );
}
