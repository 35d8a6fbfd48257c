import "server-only";
import { cookies } from "next/headers";
import { db } from "@/lib/db";
import { cookieAttributes } from "@/lib/cookie-attributes";
import { FORM_REPLY_TTL_MS, pageFormReply, REPLY_COOKIE } from "@/lib/forms/form-replies";

/** Marks the reply kept under `id` as this browser's own (called by the action that kept it). */
export async function rememberReply(id: string) {
  (await cookies()).set(REPLY_COOKIE, id, { ...cookieAttributes(), maxAge: FORM_REPLY_TTL_MS / 1000 });
}

/** A form page's initial state from its ?risposta=<id>, shown only to the browser that sent the form. */
export async function formReplyForPage<State extends { message?: string }>(form: string, id: unknown) {
  return pageFormReply<State>(db, form, id, (await cookies()).get(REPLY_COOKIE)?.value);
}
