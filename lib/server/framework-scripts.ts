// Which inline <script> elements of a rendered page are the framework's own. Only these receive
// the response's CSP nonce: anything else that ends up inline in our HTML (which React's escaping
// should make impossible) stays without a nonce, so the browser refuses to run it.
//
// Next 16 (Turbopack build) writes three shapes, all of them a call passing literal data:
//   (self.__next_f=self.__next_f||[]).push([0])
//   self.__next_f.push([1,"<RSC payload as a JSON string>"])
//   (globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({<chunk list as JSON>});
// and React adds a fourth when a Suspense boundary resolves after the shell was written (Next
// streams a dynamic page's metadata so when generateMetadata is slow, e.g. under load): its
// runtime ($RC, $RS, $RR, $RX …), once per page, then one call naming the boundary — see
// react-instructions.ts. The data is checked with JSON.parse, so an accepted script can carry no
// code of its own. With streamed metadata, Next also writes one constant script of its own that
// moves icon links into <head> (next-metadata-script.ts). A page answering a form posted without
// JavaScript opens its payload with the action's state (useActionState), in the first script:
//   (self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,<form state as JSON>])
import { nextMetadataScript } from "./next-metadata-script.ts";
import { isReactInstruction } from "./react-instructions.ts";

const FLIGHT_INIT = "(self.__next_f=self.__next_f||[]).push([0])";
const FLIGHT_PUSH = "self.__next_f.push(";
const FLIGHT_STRING_CHUNK = /^self\.__next_f\.push\(\[\d+,"(?:[^"\\\n\r]|\\.)*"\]\)$/;
const FORM_STATE_PUSH = `${FLIGHT_INIT};${FLIGHT_PUSH}`;
const TURBOPACK_PUSH = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(';

function parsesAs(json: string, accept: (value: unknown) => boolean) {
  try {
    return accept(JSON.parse(json));
  } catch {
    return false;
  }
}

const isFlightChunk = (value: unknown) =>
  Array.isArray(value) &&
  typeof value[0] === "number" &&
  value.slice(1).every((part) => typeof part === "string" || part === null);

const isFormState = (value: unknown) => Array.isArray(value) && value.length === 2 && value[0] === 2;

const isChunkList = (value: unknown) =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every(
    (list) => Array.isArray(list) && list.every((item) => typeof item === "string" || typeof item === "number"),
  );

export function isFrameworkScript(body: string) {
  if (body === FLIGHT_INIT) return true;
  if (body.startsWith(FORM_STATE_PUSH) && body.endsWith(")"))
    return parsesAs(body.slice(FORM_STATE_PUSH.length, -1), isFormState);
  if (body.startsWith(FLIGHT_PUSH) && body.endsWith(")")) {
    // The common case (the payload as one string literal) by a linear pattern, twice as fast as
    // JSON.parse on a large page; anything else of this shape is parsed.
    return FLIGHT_STRING_CHUNK.test(body) || parsesAs(body.slice(FLIGHT_PUSH.length, -1), isFlightChunk);
  }
  if (body.startsWith(TURBOPACK_PUSH) && body.endsWith(");"))
    return parsesAs(body.slice(TURBOPACK_PUSH.length, -2), isChunkList);
  return body === nextMetadataScript() || isReactInstruction(body);
}

const INLINE_SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/g;
const EXECUTABLE_TYPE = /\btype\s*=\s*["']?(?:text\/javascript|module|application\/javascript)["']?/i;

export function isExecutableInline(attributes: string) {
  if (/\bsrc\s*=/i.test(attributes)) return false;
  return !/\btype\s*=/i.test(attributes) || EXECUTABLE_TYPE.test(attributes);
}

/** Adds nonce="…" to the framework's inline scripts; counts the executable ones left without. */
export function addNonceToFrameworkScripts(html: string, nonce: string) {
  let refused = 0;
  const result = html.replace(INLINE_SCRIPT, (element, attributes = "", body: string) => {
    if (!isExecutableInline(attributes)) return element;
    if (!isFrameworkScript(body)) {
      refused++;
      return element;
    }
    return `<script nonce="${nonce}"${attributes}>${body}</script>`;
  });
  return { html: result, refused };
}
