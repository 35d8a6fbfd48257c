import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

// A real SMTP server in the test's process (smtp-server) that keeps every message it receives:
// what nodemailer really sent, envelope and raw text, for the test to read.

export type Captured = { to: string[]; raw: string };

export async function startInbox() {
  const messages: Captured[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        messages.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    messages,
    /** The messages sent to `address`. */
    to: (address: string) => messages.filter((message) => message.to.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** What follows `${site}${path}` in a message's body (a token, an id, a slug); throws if absent. */
export function linkIn(raw: string, site: string, path: string) {
  const match = new RegExp(`${site}${path}([^\\s]+)`).exec(mailBody(raw));
  if (!match) throw new Error(`no link ${path} in:\n${mailBody(raw)}`);
  return match[1]!;
}

/** The plain-text body of a captured message, quoted-printable decoded. */
export function mailBody(raw: string) {
  const text = raw.slice(raw.search(/\r?\n\r?\n/)).trimStart();
  const joined = text.replace(/=\r?\n/g, "");
  return /quoted-printable/i.test(raw)
    ? Buffer.from(
        joined.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        "latin1",
      ).toString("utf8")
    : joined;
}
