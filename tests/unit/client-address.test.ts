import { describe, expect, it } from "vitest";
import { clientAddressFrom } from "@/lib/auth/client-address";
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

describe("sessionCookieName", () => {
  it("uses the __Host- prefix over https only", () => {
    expect(sessionCookieName("https://catalogo.example.it")).toBe("__Host-sessione_admin");
    expect(sessionCookieName("http://127.0.0.1:3000")).toBe("sessione_admin");
  });
});
