import type { Metadata } from "next";
import { Link } from "@/components/link";
import { UserTable } from "@/components/admin/user-table";
import { requirePageUser } from "@/lib/auth/session";
import { RevokeInvitationForm } from "@/components/admin/revoke-invitation-form";
import { listInvitations, listUsers } from "@/lib/users/queries";
import { ROLE_NAMES } from "@/lib/users/roles";

export const metadata: Metadata = { title: "Utenti — area riservata" };

const dateTime = (date: Date) =>
  date.toLocaleString("it-IT", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Rome" });

export default async function UsersPage({ searchParams }: PageProps<"/admin/utenti">) {
  const me = await requirePageUser("ADMIN", "/admin/utenti");
  const [users, invitations, query] = await Promise.all([listUsers(), listInvitations(), searchParams]);
  const revoked = typeof query.revocato === "string" ? query.revocato.slice(0, 320) : null;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold">Utenti</h1>
        <Link
          href="/admin/utenti/nuovo"
          className="rounded bg-primary px-4 py-2 font-semibold text-white no-underline hover:bg-primary-dark"
        >
          Invita un utente
        </Link>
      </div>
      {revoked && (
        <p role="status" className="rounded border-l-4 border-success bg-green-50 px-3 py-2 font-semibold">
          Invito a {revoked} revocato: il link non è più valido.
        </p>
      )}
      <p className="max-w-3xl">
        I <strong>redattori</strong> importano, modificano e pubblicano le schede; gli <strong>amministratori</strong>{" "}
        gestiscono anche utenti e vocabolari. Apri un utente per cambiarne il ruolo, disattivarlo o impostare una nuova
        password.
      </p>
      <UserTable users={users} currentUserId={me.id} />
      {invitations.length > 0 && (
        <section aria-labelledby="sez-inviti" className="flex flex-col gap-2">
          <h2 id="sez-inviti" className="text-xl font-bold">
            Inviti in attesa
          </h2>
          <ul className="list-disc pl-6">
            {invitations.map((invitation) => (
              <li key={invitation.email}>
                {invitation.email} — {ROLE_NAMES[invitation.role ?? "EDITOR"].toLowerCase()}, scade il{" "}
                {dateTime(invitation.expiresAt)}
                <RevokeInvitationForm email={invitation.email} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
