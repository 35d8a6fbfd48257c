// A server action called from a script posts its arguments as one JSON array (React's encodeReply)
// or, with a form or a file among them, as multipart whose field "0" holds that array. A body that
// is neither (`"x"`, `1`, `null`, nothing, multipart without its boundary, its end or its field "0")
// made Next throw while decoding it, before any of the site's code ran: a 500 and an error in the
// server's log for anyone who asked. The production server answers 400 instead.
import type { IncomingMessage } from "node:http";

export const MALFORMED_ACTION_MESSAGE = "Richiesta non valida: gli argomenti dell'azione non sono leggibili.";

function isJsonArray(text: string) {
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}

/** The root field of a multipart reply, or null when the body is not whole, well-formed multipart. */
function multipartRoot(type: string, body: string) {
  const boundary = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
  const delimiter = `--${boundary?.[1] ?? boundary?.[2] ?? ""}`;
  if (delimiter === "--" || !body.startsWith(`${delimiter}\r\n`)) return null;
  const end = body.lastIndexOf(`\r\n${delimiter}--`);
  if (end < 0) return null;
  const parts = body.slice(delimiter.length + 2, end).split(`\r\n${delimiter}\r\n`);
  let root: string | null = null;
  for (const part of parts) {
    const split = part.indexOf("\r\n\r\n");
    if (split < 0) return null;
    const name = /^content-disposition:\s*form-data;[^\r\n]*?\bname="([^"]*)"/im.exec(part.slice(0, split))?.[1];
    if (name === undefined) return null;
    if (name === "0") root = part.slice(split + 4);
  }
  return root;
}

/** Whether this is a server action call whose arguments cannot be what React sends. */
export function malformedActionArguments(req: IncomingMessage, body: readonly Buffer[]) {
  if (req.method !== "POST" || req.headers["next-action"] === undefined) return false;
  const type = req.headers["content-type"] ?? "";
  const text = Buffer.concat(body).toString("utf8");
  if (!/^multipart\/form-data\b/i.test(type)) return !isJsonArray(text);
  const root = multipartRoot(type, text);
  return root === null || !isJsonArray(root);
}
