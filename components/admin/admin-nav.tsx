import { Link } from "@/components/link";
import { logout } from "@/lib/auth/actions";
import type { SessionUser } from "@/lib/auth/session";

export function AdminNav({ user, pendingSubmissions }: { user: SessionUser; pendingSubmissions: number }) {
  const links: { href: string; label: string; count?: number }[] = [
    { href: "/admin/pratiche", label: "Schede" },
    { href: "/admin/enti", label: "Enti" },
    { href: "/admin/import", label: "Importa" },
    { href: "/admin/segnalazioni", label: "Segnalazioni", count: pendingSubmissions },
    ...(user.role === "ADMIN"
      ? [
          { href: "/admin/utenti", label: "Utenti" },
          { href: "/admin/vocabolari", label: "Vocabolari" },
          { href: "/admin/registro", label: "Registro" },
        ]
      : []),
  ];
  return (
    <nav aria-label="Area riservata" className="no-print border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <span className="font-bold">Area riservata</span>
        <ul className="flex flex-wrap gap-4">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="font-semibold">
                {link.label}
                {link.count ? (
                  <span
                    data-testid="pending-submissions"
                    className="ml-1 rounded-full bg-primary px-2 text-xs text-white"
                    aria-label={`${link.count} da decidere`}
                  >
                    {link.count}
                  </span>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span>
            {user.name} · {user.role === "ADMIN" ? "amministratore" : "redattore"}
          </span>
          <Link href="/admin/account" className="font-semibold">
            Il mio account
          </Link>
          <form action={logout}>
            <button
              type="submit"
              className="rounded border border-primary px-3 py-1 font-semibold text-primary hover:bg-white"
            >
              Esci
            </button>
          </form>
        </div>
      </div>
    </nav>
  );
}
