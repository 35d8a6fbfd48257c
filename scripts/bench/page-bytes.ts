import http from "node:http";

// What a page weighs as served by scripts/serve.ts: the HTML uncompressed, split into the inline
// React payload (the `self.__next_f.push(…)` scripts the client router hydrates from) and the rest
// (markup, head, other scripts), and the bytes on the wire with gzip and with brotli, as the
// production server compresses it.

export type PageBytes = {
  path: string;
  htmlBytes: number;
  /** The inline payload scripts, as they stand in the HTML (escaped). */
  payloadBytes: number;
  /** The markup React hydrates: the HTML without any script. */
  markupBytes: number;
  gzipBytes: number;
  brotliBytes: number;
};

const PAYLOAD_SCRIPT = /<script[^>]*>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g;
const ANY_SCRIPT = /<script[\s\S]*?<\/script>/g;

/** Bytes of one GET with the given Accept-Encoding (the body as sent, not decoded). */
function wireBytes(url: URL, encoding: string) {
  return new Promise<{ bytes: Buffer; encoding: string | undefined }>((resolve, reject) => {
    http
      .get(url, { agent: false, headers: { "accept-encoding": encoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ bytes: Buffer.concat(chunks), encoding: response.headers["content-encoding"] }),
        );
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

/** The text the inline payload scripts push, joined (what the client router hydrates from). */
export function inlinePayload(html: string) {
  return [...html.matchAll(PAYLOAD_SCRIPT)].map((m) => m[1]).join("");
}

export function splitPage(html: string) {
  const payloadBytes = [...html.matchAll(PAYLOAD_SCRIPT)].reduce((sum, m) => sum + Buffer.byteLength(m[0]), 0);
  const markupBytes = Buffer.byteLength(html.replace(ANY_SCRIPT, ""));
  return { htmlBytes: Buffer.byteLength(html), payloadBytes, markupBytes };
}

export async function pageBytes(baseUrl: string, route: string): Promise<PageBytes> {
  const url = new URL(route, baseUrl);
  const plain = await wireBytes(url, "identity");
  const gzip = await wireBytes(url, "gzip");
  const brotli = await wireBytes(url, "br");
  // NaN when the server did not compress with that encoding.
  return {
    path: route,
    ...splitPage(plain.bytes.toString("utf8")),
    gzipBytes: gzip.encoding === "gzip" ? gzip.bytes.length : NaN,
    brotliBytes: brotli.encoding === "br" ? brotli.bytes.length : NaN,
  };
}
