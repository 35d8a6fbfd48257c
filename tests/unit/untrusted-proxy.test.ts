import { describe, expect, it } from "vitest";
import { UNTRUSTED_PROXY_WARNING, untrustedProxyWarner } from "@/lib/server/untrusted-proxy";

describe("a reverse proxy the server was not told to trust", () => {
  const forwarded = { headers: { "x-forwarded-for": "203.0.113.7" } };
  const direct = { headers: {} };

  it("is named once, at the first forwarded request", () => {
    const warn = untrustedProxyWarner(false);
    expect(warn(direct)).toBeNull();
    expect(warn(forwarded)).toBe(UNTRUSTED_PROXY_WARNING);
    expect(warn(forwarded)).toBeNull();
    expect(UNTRUSTED_PROXY_WARNING).toContain("TRUST_PROXY=1");
  });

  it("is not named when TRUST_PROXY=1", () => {
    expect(untrustedProxyWarner(true)(forwarded)).toBeNull();
  });
});
