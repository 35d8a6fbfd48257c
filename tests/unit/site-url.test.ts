import { describe, expect, it } from "vitest";
import { siteUrlWarning } from "@/lib/env";

// Without SITE_URL the site still starts, but every absolute link it hands out points to
// localhost: the production server says so once at start (scripts/serve.ts).

describe("the SITE_URL warning", () => {
  it("names the variable and where links point when it is unset in production", () => {
    const warning = siteUrlWarning({ NODE_ENV: "production", SITE_URL: undefined });
    expect(warning).toContain("SITE_URL non è impostata");
    expect(warning).toContain("http://localhost:3000");
    expect(warning).toMatch(/e-mail.*sitemap/);
  });

  it("says nothing when it is set, or outside production", () => {
    expect(siteUrlWarning({ NODE_ENV: "production", SITE_URL: "https://catalogo.esempio.gov.it" })).toBeNull();
    expect(siteUrlWarning({ NODE_ENV: "development", SITE_URL: undefined })).toBeNull();
    expect(siteUrlWarning({ NODE_ENV: "test", SITE_URL: undefined })).toBeNull();
  });
});
