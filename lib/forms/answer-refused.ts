import "server-only";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { keepFormReply, REPLY_PARAM } from "@/lib/forms/form-replies";
import { rememberReply } from "@/lib/forms/reply-cookie";
import { SCRIPT_FIELD } from "@/lib/forms/script-field";
import { RETRY_PARAM } from "@/lib/server/too-many-requests";

/**
 * What a server action answers when it refuses a send. With JavaScript the state goes back to
 * useActionState as usual; without it (a native form POST) it is kept and the browser is
 * redirected (303) to `page`, which reads it back with readFormReply (lib/forms/form-replies.ts).
 * A refusal by a limit (`retryAfter`) is marked so that the server answers it 429
 * (lib/server/too-many-requests.ts).
 */
export async function answerRefused<State extends { retryAfter?: number; values?: Record<string, string | string[]> }>(
  formData: FormData,
  form: string,
  page: string,
  state: State,
) {
  if (formData.get(SCRIPT_FIELD) === "1") return state;
  const id = await keepFormReply(db, form, state, { clientAddress: await clientAddress() });
  if (id) await rememberReply(id);
  const retry = state.retryAfter ? `&${RETRY_PARAM}=${state.retryAfter}` : "";
  // Without a kept reply the page says it is gone rather than showing an empty form.
  redirect(`${page}${page.includes("?") ? "&" : "?"}${REPLY_PARAM}=${id ?? "-"}${retry}`);
}
