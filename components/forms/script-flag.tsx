"use client";

import { useHydrated } from "@/components/admin/use-hydrated";
import { SCRIPT_FIELD } from "@/lib/forms/script-field";

/**
 * Tells the server action whether the form was sent by React (which can show the returned state)
 * or natively, without JavaScript (answered by a redirect instead: lib/forms/answer-refused.ts).
 */
export function ScriptFlag() {
  return <input type="hidden" name={SCRIPT_FIELD} value={useHydrated() ? "1" : ""} />;
}
