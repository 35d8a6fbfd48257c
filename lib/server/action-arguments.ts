// A server action called from a script posts its arguments as one JSON array (React's encodeReply)
// or, with a form, a file or a Map among them, as multipart whose field "0" holds that array and
// whose other fields hold what it refers to ("$1", "$Q2", "$B3" …). A body that is neither (`"x"`,
// `1`, `null`, nothing, multipart without its boundary, its end or its field "0"), or that refers to
// a field it does not carry, made Next throw while decoding it ("Connection closed.", "Invalid
// forward reference.", "Referenced Blob is not a Blob."), before any of the site's code ran: a 500
// and an error in the server's log for anyone who asked. So did a server function passed as an
// argument ("$h1", field 1 naming it by id) that this build does not have. The production server
// answers 400 instead.
import { readFileSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import path from "node:path";

export const MALFORMED_ACTION_MESSAGE = "Richiesta non valida: gli argomenti dell'azione non sono leggibili.";

type Part = { value: string; file: boolean };

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** The fields of a multipart body by name, or null when it is not whole, well-formed multipart. */
function multipartParts(type: string, body: string) {
  const boundary = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
  const delimiter = `--${boundary?.[1] ?? boundary?.[2] ?? ""}`;
  if (delimiter === "--" || !body.startsWith(`${delimiter}\r\n`)) return null;
  const end = body.lastIndexOf(`\r\n${delimiter}--`);
  if (end < 0) return null;
  const parts = new Map<string, Part>();
  for (const part of body.slice(delimiter.length + 2, end).split(`\r\n${delimiter}\r\n`)) {
    const split = part.indexOf("\r\n\r\n");
    if (split < 0) return null;
    const disposition = /^content-disposition:\s*form-data;([^\r\n]*)/im.exec(part.slice(0, split))?.[1] ?? "";
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
    if (name === undefined) return null;
    parts.set(name, { value: part.slice(split + 4), file: /\bfilename="/i.test(disposition) });
  }
  return parts;
}

// "$$…" is an escaped "$"; these stand for a value on their own (a temporary reference, Infinity,
// -0, NaN, undefined, a date, a bigint) and need no other field.
const SELF_CONTAINED = /^\$(?:\$|T|H|I|N|u|-|D)|^\$n-?\d{1,300}$/;
// A file: an ArrayBuffer, a typed array or a Blob. Any other reference names a field of text.
const FILE_TAGS = new Set([..."AOoUSsLlGgMmVB"]);
const STREAM_TAGS = new Set([..."RrXx"]);

let builtActionIds: ReadonlySet<string> | undefined;

/** The ids of the server functions in the build being served (none when it cannot be read). */
export function serverActionIds(): ReadonlySet<string> {
  if (!builtActionIds) {
    const file = path.join(process.env.NEXT_DIST_DIR || ".next", "server", "server-reference-manifest.json");
    try {
      const manifest = JSON.parse(readFileSync(file, "utf8")) as Record<string, object | undefined>;
      builtActionIds = new Set([...Object.keys(manifest.node ?? {}), ...Object.keys(manifest.edge ?? {})]);
    } catch {
      builtActionIds = new Set();
    }
  }
  return builtActionIds;
}

const namesKnownAction = (model: unknown, actionIds: ReadonlySet<string>) =>
  typeof model === "object" && model !== null && "id" in model && actionIds.has(String(model.id));

/**
 * Whether every reference in `root` names a field `fields` has, of the right kind (text or file),
 * and every server function it passes is one of `actionIds`. Walked with a list, not by recursion:
 * a list nested 200,000 deep would overflow the stack here.
 */
function referencesResolve(root: unknown, fields: Map<string, Part>, actionIds: ReadonlySet<string>): boolean {
  const models = new Map<string, unknown>([["0", root]]);
  const pending = [root];
  while (pending.length) {
    const value = pending.pop();
    if (value !== null && typeof value === "object") {
      for (const item of Object.values(value)) pending.push(item);
      continue;
    }
    if (typeof value !== "string" || !value.startsWith("$") || SELF_CONTAINED.test(value)) continue;
    if (value[1] === "K") continue; // a FormData: the fields named after it, none being fine
    const reference = /^\$([@hQWiRrXxAOoUSsLlGgMmVB]?)([0-9a-f]+)(?::|$)/.exec(value);
    if (!reference) return false;
    const [, tag = "", id = ""] = reference;
    const name = String(parseInt(id, 16));
    const field = fields.get(name);
    if (!field) return false;
    if (STREAM_TAGS.has(tag)) continue; // a stream: its chunks, text or files, under that name
    if (field.file !== FILE_TAGS.has(tag)) return false;
    if (field.file) continue;
    if (!models.has(name)) {
      const model = parseJson(field.value);
      if (!model.ok) return false;
      models.set(name, model.value);
      pending.push(model.value);
    }
    if (tag === "h" && !namesKnownAction(models.get(name), actionIds)) return false;
  }
  return true;
}

function argumentsResolve(root: string, fields: Map<string, Part>, actionIds: ReadonlySet<string>) {
  const parsed = parseJson(root);
  return parsed.ok && Array.isArray(parsed.value) && referencesResolve(parsed.value, fields, actionIds);
}

/** Whether this is a server action call whose arguments cannot be what React sends. */
export function malformedActionArguments(
  req: IncomingMessage,
  body: readonly Buffer[],
  actionIds: ReadonlySet<string> = serverActionIds(),
) {
  if (req.method !== "POST" || req.headers["next-action"] === undefined) return false;
  const type = req.headers["content-type"] ?? "";
  const text = Buffer.concat(body).toString("utf8");
  // Without fields, a reference can only name the list itself ("$0:1:a", an object it holds twice).
  if (!/^multipart\/form-data\b/i.test(type))
    return !argumentsResolve(text, new Map([["0", { value: text, file: false }]]), actionIds);
  const parts = multipartParts(type, text);
  const root = parts?.get("0");
  return !parts || !root || root.file || !argumentsResolve(root.value, parts, actionIds);
}
