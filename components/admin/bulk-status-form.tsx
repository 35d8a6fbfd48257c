"use client";

import { useActionState } from "react";
import { FormNotice } from "@/components/admin/form-notice";
import { bulkStatusAction } from "@/lib/practices/actions";
import type { BulkFormState } from "@/lib/practices/bulk.validation";

/** Confirms "Pubblica" / "Archivia" for the selected sheets: a tick, then the button. */
export function BulkStatusForm({
  action,
  ids,
  back,
  count,
}: {
  action: "pubblica" | "archivia";
  ids: number[];
  back: string;
  count: string;
}) {
  const [state, formAction, pending] = useActionState<BulkFormState, FormData>(bulkStatusAction, {});
  const verb = action === "pubblica" ? "Pubblica" : "Archivia";
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormNotice state={state} />
      <input type="hidden" name="azione" value={action} />
      <input type="hidden" name="torna" value={back} />
      {ids.map((id) => (
        <input key={id} type="hidden" name="id" value={id} />
      ))}
      <label className="flex items-center gap-2">
        <input type="checkbox" name="conferma" required />
        Confermo: {verb.toLowerCase()} {count}
      </label>
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-primary px-4 py-2 font-semibold text-white disabled:opacity-60"
        >
          {pending ? "In corso…" : `${verb} ${count}`}
        </button>
      </div>
    </form>
  );
}
