import { describe, expect, it } from "vitest";
import { addressScope, clientAddressFrom, requestClientAddress } from "@/lib/auth/client-address";
import { sessionCookieName } from "@/lib/auth/session-cookie";

describe("clientAddressFrom (behind one trusted proxy)", () => {
  it("takes the right-most X-Forwarded-For entry, the one the proxy appended", () => {
    expect(clientAddressFrom("198.51.100.1, 203.0.113.9", null)).toBe("203.0.113.9");
    expect(clientAddressFrom("spoofed, 10.0.0.1,203.0.113.9", null)).toBe("203.0.113.9");
    expect(clientAddressFrom("203.0.113.9", null)).toBe("203.0.113.9");
    expect(clientAddressFrom("198.51.100.1, 2001:db8::7", null)).toBe("2001:db8::7");
  });

  it("ignores what the client wrote on the left", () => {
    const addresses = ["1.1.1.1", "8.8.8.8", "anything"].map((left) => clientAddressFrom(`${left}, 203.0.113.9`, null));
    expect(new Set(addresses)).toEqual(new Set(["203.0.113.9"]));
  });

  it("falls back to X-Real-IP, and refuses what is not an address", () => {
    expect(clientAddressFrom(null, "203.0.113.4")).toBe("203.0.113.4");
    expect(clientAddressFrom("", " 203.0.113.4 ")).toBe("203.0.113.4");
    expect(clientAddressFrom("203.0.113.9, not-an-ip", null)).toBeNull();
    expect(clientAddressFrom(null, "<script>")).toBeNull();
    expect(clientAddressFrom(null, null)).toBeNull();
  });
});

describe("requestClientAddress", () => {
  const request = (headers: Record<string, string>, remoteAddress = "198.51.100.8") => ({
    headers,
    socket: { remoteAddress },
  });

  it("without a trusted proxy, is the connection's address whatever the headers say", () => {
    expect(requestClientAddress(request({}), false)).toBe("198.51.100.8");
    expect(requestClientAddress(request({ "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.4" }), false)).toBe(
      "198.51.100.8",
    );
    expect(requestClientAddress(request({}, "::ffff:127.0.0.1"), false)).toBe("127.0.0.1");
    expect(requestClientAddress({ headers: {}, socket: {} }, false)).toBeNull();
  });

  it("behind a trusted proxy, is the entry the proxy appended, and null without one", () => {
    expect(requestClientAddress(request({ "x-forwarded-for": "1.1.1.1, 203.0.113.9" }), true)).toBe("203.0.113.9");
    expect(requestClientAddress(request({}), true)).toBeNull();
  });
});

describe("addressScope", () => {
  it("keeps an IPv4 address, also written as IPv4-mapped IPv6", () => {
    expect(addressScope("203.0.113.9")).toBe("203.0.113.9");
    expect(addressScope("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(addressScope("::ffff:cb00:7109")).toBe("203.0.113.9");
  });

  it("counts an IPv6 client by its /64, however it writes the address", () => {
    const scopes = ["2001:db8:1:2::7", "2001:0db8:0001:0002:ffff:0:0:1", "2001:db8:1:2:a:b:c:d%eth0"].map(addressScope);
    expect(new Set(scopes)).toEqual(new Set(["2001:db8:1:2::/64"]));
    expect(addressScope("2001:db8:1:3::7")).toBe("2001:db8:1:3::/64");
    expect(addressScope("::1")).toBe("0:0:0:0::/64");
    expect(addressScope("64:ff9b::192.0.2.1")).toBe("64:ff9b:0:0::/64");
  });

  it("is null for what is not an address", () => {
    expect(addressScope("not-an-ip")).toBeNull();
    expect(addressScope("")).toBeNull();
    expect(addressScope("2001:db8::/64")).toBeNull();
  });
});

describe("sessionCookieName", () => {
  it("uses the __Host- prefix over https only", () => {
    expect(sessionCookieName("https://catalogo.example.it")).toBe("__Host-sessione_admin");
    expect(sessionCookieName("http://127.0.0.1:3000")).toBe("sessione_admin");
  });
});
