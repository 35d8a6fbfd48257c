import type { Metadata } from "next";
import Link from "next/link";
import { UserTable } from "@/components/admin/user-table";
import { requirePageUser } from "@/lib/auth/session";
import { listUsers } from "@/lib/users/queries";
import { emailField } from "@/lib/users/user-input";

export const metadata: Metadata = { title: "Utenti — area riservata" };

export default async function UsersPage({ searchParams }: PageProps<"/admin/utenti">) {
  const me = await requirePageUser("ADMIN", "/admin/utenti");
  const [users, query] = await Promise.all([listUsers(), searchParams]);
  const created = emailField.safeParse(query.creato);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold">Utenti</h1>
        <Link
          href="/admin/utenti/nuovo"
          className="rounded bg-primary px-4 py-2 font-semibold text-white no-underline hover:bg-primary-dark"
        >
          Nuovo utente
        </Link>
      </div>
      {created.success && (
        <p role="status" className="rounded border-l-4 border-success bg-green-50 px-3 py-2 font-semibold">
          Account creato per {created.data}. Comunica la password iniziale alla persona per un canale sicuro: non sarà
          più mostrata.
        </p>
      )}
      <p className="max-w-3xl">
        I <strong>redattori</strong> importano, modificano e pubblicano le schede; gli <strong>amministratori</strong>{" "}
        gestiscono anche utenti e vocabolari. Apri un utente per cambiarne il ruolo, disattivarlo o impostare una nuova
        password.
      </p>
      <UserTable users={users} currentUserId={me.id} />
    </div>
  );
}
