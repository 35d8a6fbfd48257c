import { describe, expect, it } from "vitest";
import { DEFAULT_NEXT_PATH, resolveNextPath } from "@/lib/auth/next-path";

const ORIGIN = "https://catalogo.example.it";

describe("resolveNextPath", () => {
  // Each of these, followed as it was, leads a browser to another origin (or could, after one
  // more decoding step): all must fall back to the default admin page.
  it.each([
    "//evil.com",
    "///evil.com",
    "/\\evil.com",
    "\\\\evil.com",
    "/%5cevil.com",
    "/%5Cevil.com",
    "/admin/..//evil.com",
    "/admin/../..//evil.com",
    "/admin/%2e%2e//evil.com",
    "/admin/%2E%2E//evil.com",
    "/admin/.%2e//evil.com",
    "/admin/..\\/evil.com",
    "/admin\\..\\\\evil.com",
    "/admin/%2f%2fevil.com",
    "/admin/%2F/evil.com",
    "/admin/%5c%5cevil.com",
    "/admin//evil.com",
    "https://evil.com/admin/pratiche",
    "http://catalogo.example.it/admin/pratiche",
    "//catalogo.example.it@evil.com/admin",
    "https://user:pass@catalogo.example.it/admin/pratiche",
    "javascript:alert(1)//admin/",
    "data:text/html,<script>alert(1)</script>",
    "/\t/evil.com",
    "/admin/../pratiche",
    "/pratiche",
    "/administrator",
    "/admin/login?next=//evil.com",
    "admin/pratiche",
    "",
    `/admin/${"a".repeat(2001)}`,
  ])("refuses %j", (candidate) => {
    expect(resolveNextPath(candidate, ORIGIN)).toBe(DEFAULT_NEXT_PATH);
  });

  it.each([
    ["/admin/pratiche", "/admin/pratiche"],
    ["/admin", "/admin"],
    ["/admin/pratiche/12", "/admin/pratiche/12"],
    ["/admin/pratiche?stato=BOZZA&pagina=2", "/admin/pratiche?stato=BOZZA&pagina=2"],
    ["/admin/import/../pratiche", "/admin/pratiche"],
    ["/admin/%2e%2e/admin/utenti", "/admin/utenti"],
    ["/admin/./utenti/./3", "/admin/utenti/3"],
    ["https://catalogo.example.it/admin/vocabolari", "/admin/vocabolari"],
    ["/admin/pratiche#storico", "/admin/pratiche"],
  ])("follows %j as the normalised %j", (candidate, expected) => {
    expect(resolveNextPath(candidate, ORIGIN)).toBe(expected);
  });

  it("falls back when there is no candidate", () => {
    expect(resolveNextPath(undefined, ORIGIN)).toBe(DEFAULT_NEXT_PATH);
    expect(resolveNextPath(null, ORIGIN)).toBe(DEFAULT_NEXT_PATH);
  });
});
