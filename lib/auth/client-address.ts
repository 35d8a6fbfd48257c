import { isIP } from "node:net";

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
