import "server-only";
import { notFound } from "next/navigation";

// A server action is a public POST endpoint, and its arguments are whatever the request decodes
// to: a form sends (state, FormData) or (FormData), but a request made by hand with the
// Next-Action header can send ["x"] or [null], and a handler reading formData.get() threw — a 500
// and an error in the log for anyone who asked. Every action that takes a form runs only when its
// last argument is a FormData (publicFormAction here; adminAction for the staff's actions); any
// other call is answered 404 by notFound(), which Next answers without logging an error, as it
// does a form altered by hand (restoreRevision).

/** Stops a call whose last argument is not a FormData with a 404, before any work. */
export function requireFormData(args: readonly unknown[]) {
  if (!(args.at(-1) instanceof FormData)) notFound();
}

/** A server action anyone may call (no session), taking a form. */
export function publicFormAction<Args extends unknown[], Result>(
  handler: (...args: [...Args, FormData]) => Promise<Result>,
): (...args: [...Args, FormData]) => Promise<Result> {
  return async (...args) => {
    requireFormData(args);
    return handler(...args);
  };
}
