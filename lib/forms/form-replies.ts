import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/prisma-client";

// A form sent without JavaScript is a native POST, and the page answering it must show the
// form's state: what was typed, each error by its field, the summary. Next (16.4, with Cache
// Components) answers a native server-action POST by resuming the page's cached static shell,
// and React's resume cannot take the action's form state: the state reaches the page's script
// data but not its HTML, so without JavaScript the form came back empty (the open fix:
// vercel/next.js#97784). So a refused send without JavaScript is answered Post/Redirect/Get:
// the state is kept here under a random id and the browser is sent to the form's page with
// ?risposta=<id>, which renders it as the form's initial state. An hour is plenty to read it.
// The reply is shown only to the browser that sent the form (REPLY_COOKIE holds its id): the kept
// state carries the form's stamp, whose token becomes the private status link, so an address
// handed to someone else must not give them that stamp, nor values typed by another person.

export const FORM_REPLY_TTL_MS = 60 * 60 * 1000;
/** The query parameter naming a kept reply. */
export const REPLY_PARAM = "risposta";
/** The cookie naming the last reply kept for this browser. */
export const REPLY_COOKIE = "modulo_risposta";
const ID = /^[A-Za-z0-9_-]{43}$/;

const hashId = (id: string) => createHash("sha256").update(id).digest("hex");

/** Keeps a form's state for its page; returns the id to put in the page's address. */
export async function keepFormReply(client: Db, form: string, state: unknown, now = new Date()) {
  const id = randomBytes(32).toString("base64url");
  await client.formReply.create({
    data: { idHash: hashId(id), form, state: state as Prisma.InputJsonValue, createdAt: now },
  });
  return id;
}

export const REPLY_GONE =
  "Non troviamo più quanto avevi inviato (lo teniamo un'ora): compila di nuovo il modulo, per favore.";

/**
 * A form page's initial state: undefined on a plain visit; with ?risposta=<id>, the refused send's
 * state — or, when it is gone (older than an hour, a wrong address, or sent from another browser),
 * a notice saying so rather than an empty form as if nothing had been sent.
 */
export async function pageFormReply<State extends { message?: string }>(
  client: Db,
  form: string,
  id: unknown,
  /** The id this browser's REPLY_COOKIE names. */
  ownId: string | undefined,
) {
  if (id === undefined) return undefined;
  const reply = id === ownId ? await readFormReply<State>(client, form, id) : null;
  return reply ?? ({ message: REPLY_GONE } as State);
}

/** The state kept for `form` under `id`, while it has not expired; null otherwise. */
export async function readFormReply<State>(client: Db, form: string, id: unknown, now = new Date()) {
  if (typeof id !== "string" || !ID.test(id)) return null;
  const row = await client.formReply.findUnique({ where: { idHash: hashId(id) } });
  if (!row || row.form !== form || now.getTime() - row.createdAt.getTime() > FORM_REPLY_TTL_MS) return null;
  return row.state as State;
}
