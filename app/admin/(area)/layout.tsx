import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { requirePageUser } from "@/lib/auth/session";
import { countPendingSubmissions } from "@/lib/submissions/queries";

export const metadata: Metadata = { robots: { index: false, follow: false } };

// Every admin page reads the session cookie: rendered per request, never prerendered or cached.
export const instant = false;

export default async function AdminAreaLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  const pendingSubmissions = await countPendingSubmissions();
  return (
    <>
      <AdminNav user={user} pendingSubmissions={pendingSubmissions} />
      <div className="mx-auto max-w-6xl px-4 py-8">{children}</div>
    </>
  );
}
