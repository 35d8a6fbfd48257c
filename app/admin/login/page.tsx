import type { Metadata } from "next";
import { Link } from "@/components/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/admin/login-form";
import { getCurrentUser } from "@/lib/auth/session";
import { resolveNextPath } from "@/lib/auth/next-path";
import { siteUrl } from "@/lib/env";

export const metadata: Metadata = { title: "Accesso area riservata", robots: { index: false } };
export const instant = false;

export default async function LoginPage({ searchParams }: PageProps<"/admin/login">) {
  const params = await searchParams;
  // Resolved here and again by the action: the form carries only the normalised path.
  const next = typeof params.next === "string" ? resolveNextPath(params.next, siteUrl()) : undefined;
  if (await getCurrentUser()) redirect(next ?? resolveNextPath(undefined, siteUrl()));
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-3xl font-bold">Area riservata</h1>
      <p className="mt-2 text-muted">Accesso per il personale del Ministero che importa e cura le schede.</p>
      {params.uscito && (
        <p role="status" className="mt-4 rounded bg-primary-lightest px-3 py-2">
          Sei uscito dall&apos;area riservata.
        </p>
      )}
      {params.account === "attivato" && (
        <p role="status" className="mt-4 rounded bg-primary-lightest px-3 py-2">
          Account attivato: accedi con la tua e-mail e la password che hai scelto.
        </p>
      )}
      {params.password === "reimpostata" && (
        <p role="status" className="mt-4 rounded bg-primary-lightest px-3 py-2">
          Password cambiata e sessioni aperte chiuse: accedi con la nuova password.
        </p>
      )}
      <div className="mt-6">
        <LoginForm next={next} />
      </div>
      <p className="mt-4">
        <Link href="/admin/password-dimenticata">Password dimenticata?</Link>
      </p>
    </div>
  );
}
