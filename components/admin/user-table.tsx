import { Link } from "@/components/link";
import type { UserRow } from "@/lib/users/queries";
import { ROLE_NAMES } from "@/lib/users/roles";

const dateTime = new Intl.DateTimeFormat("it-IT", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Rome" });

export const formatLastSignIn = (date: Date | null) => (date ? dateTime.format(date) : "mai");

export function UserStatusBadge({ active }: { active: boolean }) {
  return active ? (
    <span className="inline-block rounded border border-success bg-green-50 px-2 py-0.5 text-xs font-semibold text-success">
      Attivo
    </span>
  ) : (
    <span className="inline-block rounded border border-muted bg-surface px-2 py-0.5 text-xs font-semibold text-muted">
      Disattivato
    </span>
  );
}

export function UserTable({ users, currentUserId }: { users: UserRow[]; currentUserId: number }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Utenti dell&apos;area riservata</caption>
        <thead>
          <tr className="border-b-2 border-ink text-left">
            <th scope="col" className="py-2 pr-3">
              Nome
            </th>
            <th scope="col" className="py-2 pr-3">
              E-mail
            </th>
            <th scope="col" className="py-2 pr-3">
              Ruolo
            </th>
            <th scope="col" className="py-2 pr-3">
              Stato
            </th>
            <th scope="col" className="py-2 pr-3">
              Ultimo accesso
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className={`border-b border-line align-top ${user.active ? "" : "text-muted"}`}>
              <td className="py-2 pr-3">
                <Link href={`/admin/utenti/${user.id}`}>{user.name}</Link>
                {user.id === currentUserId && <span className="ml-2 text-xs font-semibold uppercase">(tu)</span>}
              </td>
              <td className="py-2 pr-3">{user.email}</td>
              <td className="py-2 pr-3">{ROLE_NAMES[user.role]}</td>
              <td className="py-2 pr-3">
                <UserStatusBadge active={user.active} />
              </td>
              <td className="py-2 pr-3">{formatLastSignIn(user.lastSignIn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
