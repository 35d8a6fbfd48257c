import { expect, test } from "@playwright/test";

// The production server gives the framework's inline scripts a per-response nonce: prerendered
// pages keep being served from the cache, and scripts without the nonce do not run.
const PAGES = [
  "/",
  "/pratiche?area=anziani&q=spesa",
  "/regioni/lombardia",
  "/mappa",
  "/statistiche",
  "/comuni-simili",
  "/admin/login",
];

function scriptPolicy(header: string | undefined) {
  return header
    ?.split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith("script-src "));
}

test("HTML pages restrict scripts to this origin and a fresh nonce", async ({ request }) => {
  const nonces = new Set<string>();
  for (const url of [...PAGES, "/", "/pagina-inesistente"]) {
    const response = await request.get(url);
    const policy = scriptPolicy(response.headers()["content-security-policy"]);
    expect(policy, url).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'$/);
    const nonce = policy?.match(/'nonce-([^']+)'/)?.[1] ?? "";
    nonces.add(nonce);
    const html = await response.text();
    const inline = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)].filter(
      ([, attributes = ""]) => !/\bsrc=|application\/ld\+json/.test(attributes),
    );
    expect(inline.length, url).toBeGreaterThan(0);
    for (const [element, attributes = ""] of inline)
      expect(attributes, `${url}: ${element.slice(0, 80)}`).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size, "one nonce per response").toBe(PAGES.length + 2);
});

test("pages hydrate under the policy without a single violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  for (const url of PAGES) {
    await page.goto(url);
    await page.waitForFunction(
      () => (window as unknown as { next?: { version?: string } }).next?.version !== undefined,
      undefined,
      { timeout: 10_000 },
    );
  }
  // A client-side navigation loads further chunks and RSC payloads under the same policy.
  await page.goto("/pratiche");
  await page.getByTestId("practice-card").first().getByRole("link").click();
  await expect(page).toHaveURL(/\/pratiche\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});

test("a script without the nonce is refused by the browser", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/");
  const ran = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.body.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});
