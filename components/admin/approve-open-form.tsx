"use client";

import { useActionState } from "react";
import { approveOpenSubmissionAction } from "@/lib/open-collection/actions";

export function ApproveOpenForm({ submissionId, label }: { submissionId: number; label: string }) {
  const [state, action, pending] = useActionState<{ message?: string }, FormData>(approveOpenSubmissionAction, {});
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="segnalazione" value={submissionId} />
      {state.message && (
        <p role="alert" className="rounded border-l-4 border-danger bg-red-50 px-3 py-2 font-semibold">
          {state.message}
        </p>
      )}
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-primary px-6 py-2 font-semibold text-white hover:bg-primary-dark disabled:opacity-60"
        >
          {label}
        </button>
      </div>
    </form>
  );
}
