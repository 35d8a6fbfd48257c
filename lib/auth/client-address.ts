import type { IncomingHttpHeaders } from "node:http";
import { isIP } from "node:net";

/**
 * The header through which the production server (scripts/serve.ts) tells the app who the client
 * is. The server sets it on every request, over whatever the client sent under that name.
 */
export const CLIENT_ADDRESS_HEADER = "x-catalogo-indirizzo-client";

/**
 * The client's address as the one trusted reverse proxy in front of the site saw it. A client
 * can send X-Forwarded-For with any values it likes; the proxy appends the address it received
 * the connection from, so only the right-most entry is trustworthy. Anything that is not an IP
 * address gives null (the address-based limits then do not apply to that request).
 */
export function clientAddressFrom(forwardedFor: string | null, realIp: string | null) {
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  const candidate = hops.length ? hops[hops.length - 1] : realIp?.trim();
  return candidate && isIP(candidate) ? candidate : null;
}

const firstValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? null;

/**
 * Who a request comes from, as the limits count it: behind a trusted proxy (TRUST_PROXY=1) the
 * address it appended; otherwise the connection's own address, whatever the request says — as a
 * server facing the clients directly sees them, and one forged header cannot change. Behind a
 * proxy the server was not told to trust, that is the proxy's address for everyone
 * (lib/server/untrusted-proxy.ts says so in the log).
 */
export function requestClientAddress(
  request: { headers: IncomingHttpHeaders; socket: { remoteAddress?: string } },
  trustProxy: boolean,
) {
  const address = trustProxy
    ? clientAddressFrom(firstValue(request.headers["x-forwarded-for"]), firstValue(request.headers["x-real-ip"]))
    : (request.socket.remoteAddress ?? null);
  return address ? addressScope(address) : null;
}

/**
 * The scope an address is limited under: an IPv4 address as it is (also when written as an
 * IPv4-mapped IPv6 address); an IPv6 address by its /64, the one network a subscriber is given,
 * from which a single client can use any of 2^64 addresses. Null for what is not an address.
 */
export function addressScope(address: string) {
  const plain = address.split("%")[0] ?? "";
  const version = isIP(plain);
  if (version === 4) return plain;
  if (version !== 6) return null;
  const groups = ipv6Groups(plain);
  const [g0, g1, g2, g3, g4, g5, g6 = 0, g7 = 0] = groups;
  if ([g0, g1, g2, g3, g4].every((group) => group === 0) && g5 === 0xffff)
    return [g6 >> 8, g6 & 0xff, g7 >> 8, g7 & 0xff].join(".");
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(":")}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, "::" and a trailing dotted IPv4 part expanded. */
function ipv6Groups(address: string) {
  const parse = (part: string) =>
    part
      .split(":")
      .filter(Boolean)
      .flatMap((group) => {
        if (!group.includes(".")) return [parseInt(group, 16)];
        const [a = 0, b = 0, c = 0, d = 0] = group.split(".").map(Number);
        return [(a << 8) | b, (c << 8) | d];
      });
  const [head = "", tail] = address.split("::");
  const start = parse(head);
  if (tail === undefined) return start;
  const end = parse(tail);
  return [...start, ...Array<number>(8 - start.length - end.length).fill(0), ...end];
}
