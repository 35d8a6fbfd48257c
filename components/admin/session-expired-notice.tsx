"use client";

import { usePathname } from "next/navigation";

/**
 * Said when a send found the session expired: what was typed is not lost, and the link signs in
 * again and comes back to this page, keeping it in this browser (data-keeps-work, use-leave-warning.ts).
 */
export function SessionExpiredNotice({
  title,
  detail,
  signInLabel,
  testId,
}: {
  title: string;
  detail?: string;
  signInLabel: string;
  testId: string;
}) {
  const here = usePathname();
  return (
    <div role="alert" className="rounded border-2 border-warning bg-yellow-50 p-4" data-testid={testId}>
      <h2 className="text-xl font-bold">{title}</h2>
      {detail && <p className="mt-1">{detail}</p>}
      <p className="mt-2">
        <a href={`/admin/login?next=${encodeURIComponent(here)}`} data-keeps-work className="font-semibold">
          {signInLabel}
        </a>
      </p>
    </div>
  );
}
