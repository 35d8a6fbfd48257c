// Where a page's inline framework scripts receive the nonce, found on bytes rather than on a
// decoded string, so that the work can be done once per page (a cached page's template: its bytes
// and the insertion points).
//
// The search runs on the latin1 view of the bytes (one character per byte): the markers
// `<script`, `>` and `</script>` are ASCII and no byte of a multi-byte UTF-8 character is ASCII,
// so positions in the view are byte offsets. Each script's text is decoded as UTF-8 for the check
// of lib/server/framework-scripts.ts. The rules are those of addNonceToFrameworkScripts: an element
// is `<script` + (ASCII space + attributes without `>`)? + `>` + text + the first `</script>`.
import { isExecutableInline, isFrameworkScript } from "./framework-scripts.ts";

const OPEN = "<script";
const CLOSE = "</script>";
const SPACE = new Set([" ", "\t", "\n", "\v", "\f", "\r"]);

export type Scan = {
  /** Byte offsets right after `<script` of each framework script: where ` nonce="…"` goes. */
  offsets: number[];
  /** Executable inline scripts left without a nonce. */
  refused: number;
  /** Bytes that are settled: everything before it can be sent; what follows may be a script's start. */
  settled: number;
};

/**
 * Scans `bytes`. With `final` false (a stream's chunk so far), an element not yet complete stops
 * the scan at its `<script`, and `settled` says how far the bytes can be sent.
 */
export function scanScripts(bytes: Buffer, final: boolean): Scan {
  const text = bytes.toString("latin1");
  const offsets: number[] = [];
  let refused = 0;
  let position = 0;
  for (;;) {
    const start = text.indexOf(OPEN, position);
    // A partial `<scrip` at the very end may still become a script.
    if (start < 0) return { offsets, refused, settled: final ? text.length : Math.max(position, text.length - 6) };
    const afterName = start + OPEN.length;
    const next = text[afterName];
    if (next === undefined) return { offsets, refused, settled: final ? text.length : start };
    if (next !== ">" && !SPACE.has(next)) {
      position = start + 1;
      continue;
    }
    const tagEnd = text.indexOf(">", afterName);
    const close = tagEnd < 0 ? -1 : text.indexOf(CLOSE, tagEnd + 1);
    if (close < 0) return { offsets, refused, settled: final ? text.length : start };
    if (isExecutableInline(text.slice(afterName, tagEnd))) {
      if (isFrameworkScript(bytes.toString("utf8", tagEnd + 1, close))) offsets.push(afterName);
      else refused++;
    }
    position = close + CLOSE.length;
  }
}

/**
 * The bytes with ` nonce="…"` at each offset, as the pieces to send in order: views of `bytes` and
 * the attribute, so that a response copies nothing (a page is sent thousands of times a second).
 */
export function withNonce(bytes: Buffer, offsets: readonly number[], nonceAttribute: Buffer) {
  const parts: Buffer[] = [];
  let from = 0;
  for (const offset of offsets) {
    parts.push(bytes.subarray(from, offset), nonceAttribute);
    from = offset;
  }
  parts.push(bytes.subarray(from));
  return parts;
}

export const nonceAttribute = (nonce: string) => Buffer.from(` nonce="${nonce}"`, "latin1");
