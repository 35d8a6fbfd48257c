import "server-only";
import { notFound } from "next/navigation";

// A server action is a public POST endpoint, and its arguments are whatever the request decodes
// to: a form sends (state, FormData) or (FormData), but a request made by hand with the
// Next-Action header can send ["x"] or [null], and a handler reading formData.get() threw — a 500
// and an error in the log for anyone who asked. Every action that takes a form runs only when its
// last argument is a FormData (publicFormAction here; adminAction for the staff's actions); any
// other call is answered 404 by notFound(), which Next answers without logging an error, as it
// does a form altered by hand (restoreRevision).

/**
 * Stops a call whose last argument is not a FormData, or that has fewer arguments than the
 * handler reads (a form alone, `["$K1"]`, sent to a handler of (state, form)), with a 404, before
 * any work; otherwise the arguments with that form's text freed of NUL characters, which no field
 * means and which Postgres refuses in text and JSON (a NUL typed into a public form was a 500).
 */
export function formArguments<Args extends readonly unknown[]>(args: Args, expected: number): Args {
  const form = args.at(-1);
  if (!(form instanceof FormData) || args.length < expected) notFound();
  const cleaned = new FormData();
  for (const [name, value] of form.entries())
    cleaned.append(name.replaceAll("\u0000", ""), typeof value === "string" ? value.replaceAll("\u0000", "") : value);
  return [...args.slice(0, -1), cleaned] as unknown as Args;
}

/** A server action anyone may call (no session), taking a form. */
export function publicFormAction<Args extends unknown[], Result>(
  handler: (...args: [...Args, FormData]) => Promise<Result>,
): (...args: [...Args, FormData]) => Promise<Result> {
  return async (...args) => handler(...formArguments(args, handler.length));
}
