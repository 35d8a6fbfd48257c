// A server action called from a script posts its arguments as one JSON array (React's encodeReply)
// or, with a form or a file among them, as multipart. A body that is neither (`"x"`, `1`, `null`,
// `{}`, nothing) made Next throw while decoding it, before any of the site's code ran: a 500 and an
// error in the server's log for anyone who asked. The production server answers 400 instead.
import type { IncomingMessage } from "node:http";

export const MALFORMED_ACTION_MESSAGE = "Richiesta non valida: gli argomenti dell'azione non sono leggibili.";

/** Whether this is a server action call whose arguments cannot be what React sends. */
export function malformedActionArguments(req: IncomingMessage, body: readonly Buffer[]) {
  if (req.method !== "POST" || req.headers["next-action"] === undefined) return false;
  if (/^multipart\/form-data\b/i.test(req.headers["content-type"] ?? "")) return false;
  try {
    return !Array.isArray(JSON.parse(Buffer.concat(body).toString("utf8")));
  } catch {
    return true;
  }
}
