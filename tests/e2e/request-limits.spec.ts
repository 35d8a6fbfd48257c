import { readFileSync } from "node:fs";
import net from "node:net";
import { expect, test } from "./support/test";
import { STORAGE_STATE } from "./support/accounts";

// Request bodies are bounded by the production server (lib/server/request-limits.ts) before Next
// reads them, whatever their transfer encoding, and a request whose body stops arriving is closed.
// Raw sockets, so that the test controls exactly what is sent and when.

const TOO_LARGE = "Il file supera il limite di 10 MB: dividilo in più file e importali uno alla volta.";
const MB = 1024 * 1024;

type RawAnswer = { status: number; head: string; body: string; bodyBytesSent: number; closed: boolean };

function editorCookie() {
  const state = JSON.parse(readFileSync(STORAGE_STATE.editor, "utf8")) as {
    cookies: { name: string; value: string }[];
  };
  return state.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

function dechunk(raw: string) {
  let body = "";
  for (let rest = raw; ;) {
    const lineEnd = rest.indexOf("\r\n");
    const size = parseInt(rest.slice(0, lineEnd), 16);
    if (!size) return body;
    body += rest.slice(lineEnd + 2, lineEnd + 2 + size);
    rest = rest.slice(lineEnd + 2 + size + 2);
  }
}

/**
 * Sends a POST's head, then (for `chunked`) 64 KB chunks until `total` bytes or until the server
 * answers; resolves with the answer once the server has closed the connection.
 */
function rawPost(
  baseURL: string,
  options: { path: string; headers: Record<string, string>; chunked?: { total: number }; body?: Buffer },
) {
  const { hostname, port } = new URL(baseURL);
  return new Promise<RawAnswer>((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    let received = Buffer.alloc(0);
    let bodyBytesSent = 0;
    const answered = () => received.includes("\r\n\r\n");
    socket.on("data", (data) => (received = Buffer.concat([received, data])));
    socket.on("error", (error: NodeJS.ErrnoException) => {
      // Writing after the server answered and closed; what it sent is judged on close.
      if (!["EPIPE", "ECONNRESET"].includes(error.code ?? "")) reject(error);
    });
    socket.on("close", () => {
      const text = received.toString("utf8");
      const [head = "", ...rest] = text.split("\r\n\r\n");
      const raw = rest.join("\r\n\r\n");
      const body = /transfer-encoding: chunked/i.test(head) ? dechunk(raw) : raw;
      resolve({ status: Number(head.split(" ")[1]), head, body, bodyBytesSent, closed: true });
    });
    const headers = { Host: `${hostname}:${port}`, ...options.headers };
    socket.write(
      `POST ${options.path} HTTP/1.1\r\n${Object.entries(headers)
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join("")}\r\n`,
    );
    if (options.body) {
      socket.write(`${options.body.length.toString(16)}\r\n`);
      socket.write(options.body);
      socket.write("\r\n0\r\n\r\n");
      bodyBytesSent = options.body.length;
    }
    if (options.chunked) {
      const chunk = Buffer.alloc(64 * 1024, "a");
      const pump = () => {
        while (!socket.destroyed && !answered() && bodyBytesSent < options.chunked!.total) {
          socket.write(`${chunk.length.toString(16)}\r\n`);
          const flushed = socket.write(Buffer.concat([chunk, Buffer.from("\r\n")]));
          bodyBytesSent += chunk.length;
          if (!flushed) return void socket.once("drain", pump);
        }
        if (!answered() && !socket.destroyed) socket.write("0\r\n\r\n");
      };
      pump();
    }
  });
}

test.describe("request bodies", () => {
  test.setTimeout(60_000);

  test("an upload announced over the limit gets 413 and the limit's message before any of it is sent", async ({
    baseURL,
  }) => {
    const cookie = editorCookie();
    for (const [accept, expected] of [
      ["application/json", JSON.stringify({ error: TOO_LARGE })],
      ["text/html", TOO_LARGE],
    ]) {
      const answer = await rawPost(baseURL!, {
        path: "/api/admin/import",
        headers: {
          Cookie: cookie,
          Accept: accept ?? "",
          "Content-Type": "multipart/form-data; boundary=x",
          "Content-Length": String(50 * MB),
        },
      });
      expect(answer.status, accept).toBe(413);
      expect(answer.body, accept).toContain(expected);
      expect(answer.bodyBytesSent).toBe(0);
    }
  });

  test("chunked bodies: refused with 413 once over the limit, before the rest is read; within it, delivered", async ({
    baseURL,
  }) => {
    const cookie = editorCookie();
    const total = 60 * MB;
    const upload = await rawPost(baseURL!, {
      path: "/api/admin/import",
      headers: {
        Cookie: cookie,
        Accept: "application/json",
        "Content-Type": "multipart/form-data; boundary=x",
        "Transfer-Encoding": "chunked",
      },
      chunked: { total },
    });
    expect(upload.status).toBe(413);
    expect(JSON.parse(upload.body)).toEqual({ error: TOO_LARGE });
    // The answer came while the client was still sending: the server stopped at the limit.
    expect(upload.bodyBytesSent).toBeLessThan(total);

    // A cookie that only looks like a session: past 1 MB the site asks whether it is one, and
    // refuses at the general limit instead of reading on to the upload's 10 MB.
    const pretending = await rawPost(baseURL!, {
      path: "/api/admin/import",
      headers: {
        Cookie: "sessione_admin=non-una-sessione",
        Accept: "application/json",
        "Content-Type": "multipart/form-data; boundary=x",
        "Transfer-Encoding": "chunked",
      },
      chunked: { total },
    });
    expect(pretending.status).toBe(413);
    expect(pretending.body).toContain("1 MB");
    expect(pretending.bodyBytesSent).toBeLessThan(total);

    // Any other request (a server action, a page) is bounded at 1 MB, signed in or not.
    const action = await rawPost(baseURL!, {
      path: "/pratiche",
      headers: { Accept: "text/x-component", "Next-Action": "0".repeat(42), "Transfer-Encoding": "chunked" },
      chunked: { total },
    });
    expect(action.status).toBe(413);
    expect(action.body).toContain("1 MB");
    expect(action.bodyBytesSent).toBeLessThan(total);

    // A chunked upload within the limit reaches the import as sent.
    const boundary = "----limite";
    const file = "codice;titolo\nPROVA-CHUNKED;Una prova\n";
    const body = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="prova.csv"\r\n` +
        `Content-Type: text/csv\r\n\r\n${file}\r\n--${boundary}--\r\n`,
    );
    const accepted = await rawPost(baseURL!, {
      path: "/api/admin/import",
      headers: {
        Cookie: cookie,
        Accept: "application/json",
        "Content-Type": `multipart/form-data; boundary=${boundary}`,
        "Transfer-Encoding": "chunked",
        Origin: baseURL!,
        Connection: "close",
      },
      body,
    });
    expect(accepted.status, accepted.body).toBe(200);
    expect(JSON.parse(accepted.body).location).toMatch(/^\/admin\/import\/\d+$/);
  });

  test("a request whose announced body never comes is answered 408 and closed", async ({ baseURL }) => {
    const answer = await rawPost(baseURL!, {
      path: "/api/admin/import",
      headers: { Cookie: editorCookie(), Accept: "application/json", "Content-Length": "1000" },
    });
    expect(answer.status).toBe(408);
    expect(answer.closed).toBe(true);
  });

  test("Expect: 100-continue over the limit is refused without inviting the body", async ({ baseURL }) => {
    const answer = await rawPost(baseURL!, {
      path: "/api/admin/import",
      headers: {
        Cookie: editorCookie(),
        Accept: "application/json",
        "Content-Length": String(50 * MB),
        Expect: "100-continue",
      },
    });
    expect(answer.head).not.toContain("100 Continue");
    expect(answer.status).toBe(413);
  });
});
