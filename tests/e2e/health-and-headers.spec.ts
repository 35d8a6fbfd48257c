import { expect, test } from "./support/test";

test("health reports the database, and not the schema's migration", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  const body = await response.json();
  // cacheSync: this process hears the invalidations of the others (lib/cache/tag-sync.ts).
  expect(body).toMatchObject({ ok: true, database: "raggiungibile", cacheSync: "in ascolto" });
  expect(body).not.toHaveProperty("migration");
  expect(JSON.stringify(body)).not.toMatch(/\d{14}_/);
});

test("every response carries the security headers", async ({ request }) => {
  for (const url of ["/", "/pratiche?q=anziani", "/admin/login", "/api/health", "/pagina-inesistente"]) {
    const headers = (await request.get(url, { maxRedirects: 0 })).headers();
    expect(headers["x-content-type-options"], url).toBe("nosniff");
    expect(headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], url).toBe("DENY");
    expect(headers["permissions-policy"], url).toContain("camera=()");
    expect(headers["x-powered-by"], url).toBeUndefined();
  }
});
