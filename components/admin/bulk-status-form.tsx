"use client";

import { Fragment, useActionState } from "react";
import { FormNotice } from "@/components/admin/form-notice";
import { bulkStatusAction } from "@/lib/practices/actions";
import type { BulkFormState } from "@/lib/practices/bulk.validation";

/** Confirms "Pubblica" / "Archivia" for the selected sheets: a tick, then the button. */
export function BulkStatusForm({
  action,
  sheets,
  back,
  count,
}: {
  action: "pubblica" | "archivia";
  /** With the version the page shows: a sheet saved since is not changed unseen. */
  sheets: { id: number; version: number }[];
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
      {sheets.map(({ id, version }) => (
        <Fragment key={id}>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="versione" value={version} />
        </Fragment>
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
