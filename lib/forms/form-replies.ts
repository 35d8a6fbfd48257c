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

// Anyone can send a refused form, as often and as large as the body limit allows: what is kept is
// bounded, each reply and all of them within the hour, so replies cannot fill the database's disk.
/** The longest value kept of one field (the public forms' longest field takes 3,000 characters). */
export const KEPT_VALUE_CHARS = 5_000;
/** A reply larger than this keeps its message and errors, not what was typed. */
export const KEPT_REPLY_BYTES = 64 * 1024;
/** Replies kept within FORM_REPLY_TTL_MS, from everyone; past it a reply keeps nothing. */
export const KEPT_REPLIES_PER_TTL = 2_000;
/**
 * Replies kept within FORM_REPLY_TTL_MS from one client address (an IPv6 client's /64), so that
 * one sender cannot take everyone's hour; a person without JavaScript refused this often is not.
 */
export const KEPT_REPLIES_PER_ADDRESS = 100;
const KEPT_FIELDS = 100;

type ReplyState = { values?: Record<string, string | string[]> } & Record<string, unknown>;

/** What is kept of a reply: field values cut to KEPT_VALUE_CHARS, and none at all past KEPT_REPLY_BYTES. */
export function boundedReply(state: ReplyState): ReplyState {
  if (!state.values) return state;
  const cut = (value: string) => value.slice(0, KEPT_VALUE_CHARS);
  const values = Object.fromEntries(
    Object.entries(state.values)
      .slice(0, KEPT_FIELDS)
      .map(([key, value]) => [
        key.slice(0, 100),
        Array.isArray(value) ? value.slice(0, KEPT_FIELDS).map(cut) : cut(value),
      ]),
  );
  const bounded = { ...state, values };
  return Buffer.byteLength(JSON.stringify(bounded)) > KEPT_REPLY_BYTES ? { ...state, values: {} } : bounded;
}

type Sender = {
  /** As the production server resolved it (lib/auth/session.ts clientAddress); null without one. */
  clientAddress: string | null;
  now?: Date;
};

/**
 * Keeps a form's state for its page; returns the id to put in the page's address, or null when
 * the hour's replies are all taken, by everyone or from this address (the page then says the
 * reply is gone).
 */
export async function keepFormReply(client: Db, form: string, state: ReplyState, sender: Sender) {
  const { clientAddress, now = new Date() } = sender;
  const withinHour = { createdAt: { gt: new Date(now.getTime() - FORM_REPLY_TTL_MS), lte: now } };
  const [recent, fromAddress] = await Promise.all([
    client.formReply.count({ where: withinHour }),
    clientAddress === null ? 0 : client.formReply.count({ where: { ...withinHour, clientAddress } }),
  ]);
  if (recent >= KEPT_REPLIES_PER_TTL || fromAddress >= KEPT_REPLIES_PER_ADDRESS) return null;
  const id = randomBytes(32).toString("base64url");
  await client.formReply.create({
    data: {
      idHash: hashId(id),
      form,
      state: boundedReply(state) as Prisma.InputJsonValue,
      clientAddress,
      createdAt: now,
    },
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
