import type { AutosaveResult } from "@/lib/drafts/draft-request";
import type { FormValues } from "@/lib/practices/form-values";

// The browser side of /api/admin/bozze. "session" means the session has expired.

const URL = "/api/admin/bozze";

export async function autosaveDraft(input: {
  practiceId: number | null;
  /** A new-sheet form's own key. */
  formKey?: string;
  baseVersion: number | null;
  values: FormValues;
}): Promise<AutosaveResult | "session"> {
  const response = await fetch(URL, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(input),
  });
  if (response.status === 401) return "session";
  const result = (await response.json().catch(() => null)) as AutosaveResult | null;
  return result ?? { ok: false, message: "Salvataggio automatico non riuscito." };
}

export async function discardDraft(practiceId: number | null, formKey?: string) {
  await fetch(URL, {
    method: "DELETE",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ practiceId, formKey }),
  });
}

/** False when the session has expired (a save would be refused). */
export async function sessionHolds() {
  try {
    return (await fetch(URL, { method: "HEAD", cache: "no-store" })).status !== 401;
  } catch {
    // Offline or server down: let the save try and report its own error.
    return true;
  }
}
