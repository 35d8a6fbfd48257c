import { createRequire } from "node:module";
import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { malformedActionArguments } from "@/lib/server/action-arguments";

// The production server's check of a server action's body, against bodies made by React's own
// encoder (the client the browser runs, as Next ships it) and bodies React never sends.

const { encodeReply, createServerReference } = createRequire(import.meta.url)(
  "next/dist/compiled/react-server-dom-turbopack/client.node.js",
) as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
  createServerReference: (id: string, callServer: () => Promise<unknown>) => () => Promise<unknown>;
};

/** The server functions of the build being served, as the production server reads them from its manifest. */
const BUILT = "7f52d323f8dc560be4f6ba49c23d8795c02971c71e";
const ACTION_IDS = new Set([BUILT]);

function actionRequest(type: string) {
  return { method: "POST", headers: { "next-action": "00ab", "content-type": type } } as unknown as IncomingMessage;
}

async function refused(args: unknown[]) {
  const reply = await encodeReply(args);
  if (typeof reply === "string")
    return malformedActionArguments(actionRequest("text/plain;charset=UTF-8"), [Buffer.from(reply)], ACTION_IDS);
  const response = new Response(reply);
  const body = Buffer.from(await response.arrayBuffer());
  return malformedActionArguments(actionRequest(response.headers.get("content-type")!), [body], ACTION_IDS);
}

const part = (name: string, value: string, file = false) =>
  `--XX\r\nContent-Disposition: form-data; name="${name}"${file ? '; filename="blob"' : ""}\r\n\r\n${value}\r\n`;
const multipart = (...parts: string[]) =>
  malformedActionArguments(
    actionRequest("multipart/form-data; boundary=XX"),
    [Buffer.from(`${parts.join("")}--XX--\r\n`)],
    ACTION_IDS,
  );
const text = (body: string) =>
  malformedActionArguments(actionRequest("text/plain;charset=UTF-8"), [Buffer.from(body)], ACTION_IDS);

describe("a server action's arguments as React sends them pass", () => {
  it("plain values, an escaped $, a date, a bigint, undefined, an object held twice", async () => {
    const shared = { a: 1 };
    expect(await refused([{ x: "$y", d: new Date(0), n: 12n, u: undefined, s: shared, t: shared }, null])).toBe(false);
  });

  it("a state and a form with a file", async () => {
    const form = new FormData();
    form.append("titolo", "Spesa a domicilio");
    form.append("allegato", new Blob(["abc"]), "a.txt");
    expect(await refused([{ message: "" }, form])).toBe(false);
  });

  it("a Map, a Set, a Blob and a typed array beside an object held twice", async () => {
    const shared = { a: 1 };
    const values = {
      m: new Map([["k", shared]]),
      s: new Set([1]),
      b: new Blob(["z"]),
      t: new Uint8Array([1]),
      o: shared,
    };
    expect(await refused([values, new FormData()])).toBe(false);
  });

  it("a server function of this build passed as an argument", async () => {
    expect(await refused([createServerReference(BUILT, async () => null), { a: 1 }])).toBe(false);
  });
});

describe("arguments React never sends are refused", () => {
  it("a body that is not a list", () => {
    for (const body of ['"x"', "1", "null", "{}", "", "["]) expect(text(body), body).toBe(true);
  });

  it("a list without fields referring to one", () => {
    for (const body of ['["$1"]', '["$Q3"]', '[{"a":"$B1"}]', '["$F1"]', '["$h2"]', '["$"]', '["$n1.5"]', '["$@5"]'])
      expect(text(body), body).toBe(true);
  });

  it("multipart referring to a field it lacks, of the wrong kind, or not JSON", () => {
    expect(multipart(part("0", '["$1"]'))).toBe(true);
    expect(multipart(part("0", '["$B1"]'), part("1", "abc"))).toBe(true);
    expect(multipart(part("0", '["$1"]'), part("1", "[1]", true))).toBe(true);
    expect(multipart(part("0", '[{"a":"$Q2"}]'), part("2", "["))).toBe(true);
    expect(multipart(part("0", '["$1"]'), part("1", '{"b":"$W5"}'))).toBe(true);
  });

  it("a server function this build does not have, or named without an id (Next threw: a 500)", async () => {
    const unknown = "7f00000000000000000000000000000000000000ff";
    expect(await refused([createServerReference(unknown, async () => null)])).toBe(true);
    for (const named of [`{"id":"${unknown}","bound":null}`, '{"bound":null}', '"x"', `["${BUILT}"]`])
      expect(multipart(part("0", '["$h1"]'), part("1", named)), named).toBe(true);
    expect(multipart(part("0", '["$h1"]'), part("1", `{"id":"${BUILT}","bound":null}`))).toBe(false);
  });

  it("a list nested 200,000 deep is read without overflowing the stack (a thrown error would end the request)", () => {
    const deep = "[".repeat(200_000) + "]".repeat(200_000);
    expect(text(deep)).toBe(false);
    expect(text(`${"[".repeat(200_000)}"$1"${"]".repeat(200_000)}`)).toBe(true);
  });

  it("but not the same references when their fields are there", () => {
    expect(multipart(part("0", '["$B1"]'), part("1", "abc", true))).toBe(false);
    expect(multipart(part("0", '["$1"]'), part("1", '{"b":"$W5"}'), part("5", "[1]"))).toBe(false);
    expect(multipart(part("0", '["$K1"]'))).toBe(false);
  });
});
