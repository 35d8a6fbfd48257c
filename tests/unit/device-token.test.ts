import { describe, expect, it } from "vitest";
import { deviceIdFor, makeDeviceToken } from "@/lib/auth/device-token";

const SECRET = "segreto-di-prova";

describe("device tokens", () => {
  it("name a browser for the account they were made for, and for no other", () => {
    const token = makeDeviceToken(SECRET, "m.rossi@comune.esempio.it");
    const id = deviceIdFor(SECRET, "m.rossi@comune.esempio.it", token);
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(token.startsWith(`${id}.`)).toBe(true);
    expect(deviceIdFor(SECRET, "altra@comune.esempio.it", token)).toBeNull();
    expect(deviceIdFor("un-altro-segreto", "m.rossi@comune.esempio.it", token)).toBeNull();
  });

  it("refuse altered, truncated or missing tokens", () => {
    const email = "m.rossi@comune.esempio.it";
    const token = makeDeviceToken(SECRET, email);
    const [id, signature] = token.split(".");
    const other = makeDeviceToken(SECRET, email).split(".")[0];
    for (const bad of [
      undefined,
      "",
      id,
      `${id}.`,
      `${other}.${signature}`,
      `${id}.${signature!.slice(0, -1)}`,
      `${id}.${signature}x`,
      `${id}..${signature}`,
      `<script>.${signature}`,
    ]) {
      expect(deviceIdFor(SECRET, email, bad), String(bad)).toBeNull();
    }
    expect(makeDeviceToken(SECRET, email)).not.toBe(token);
  });
});
