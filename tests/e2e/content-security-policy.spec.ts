import { expect, request as requestContext, test, type Page } from "./support/test";
import { isFrameworkScript } from "../../lib/server/framework-scripts";
import { STORAGE_STATE } from "./support/accounts";
import { appPages } from "./support/routes";

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
  await page.getByTestId("practice-card").first().getByRole("heading").getByRole("link").click();
  await expect(page).toHaveURL(/\/pratiche\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});

test("a listing address asked again is answered from the response cache, with a nonce of its own, and hydrates", async ({
  page,
  request,
}) => {
  const url = `/pratiche?area=anziani&ordina=titolo&pagina=2&prova=${Date.now()}`;
  await request.get(url); // an address with a query string is kept from its second request on
  const first = await request.get(url);
  const again = await request.get(url);
  expect(again.headers()["x-response-cache"]).toBe("hit");
  const nonceOf = (header: string | undefined) => scriptPolicy(header)?.match(/'nonce-([^']+)'/)?.[1];
  expect(nonceOf(again.headers()["content-security-policy"])).not.toBe(
    nonceOf(first.headers()["content-security-policy"]),
  );
  const strip = (html: string) => html.replace(/ nonce="[^"]*"/g, "");
  expect(strip(await again.text())).toBe(strip(await first.text()));

  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto(url);
  expect(response?.headers()["x-response-cache"]).toBe("hit");
  await page.waitForFunction(() => (window as unknown as { next?: { version?: string } }).next?.version !== undefined);
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

// Every page of the build (from its manifest), with a real address for each dynamic segment, so
// a page added later is covered or fails here asking for its address.
const SAMPLE_URLS: Record<string, (html: (url: string) => Promise<string>) => Promise<string> | string> = {
  "/pratiche/[slug]": async (html) => firstLink(await html("/pratiche"), /\/pratiche\/[a-z0-9-]+/),
  "/regioni/[slug]": () => "/regioni/lombardia",
  "/enti/[slug]": async (html) => firstLink(await html("/enti"), /\/enti\/[a-z0-9-]+/),
  "/admin/pratiche/[id]": async (html) => firstLink(await html("/admin/pratiche"), /\/admin\/pratiche\/\d+/),
  "/admin/pratiche/[id]/anteprima": async (html) =>
    `${firstLink(await html("/admin/pratiche"), /\/admin\/pratiche\/\d+/)}/anteprima`,
  "/admin/pratiche/[id]/storico": async (html) =>
    `${firstLink(await html("/admin/pratiche"), /\/admin\/pratiche\/\d+/)}/storico`,
  "/admin/pratiche/[id]/aggiornamenti": async (html) =>
    `${firstLink(await html("/admin/pratiche"), /\/admin\/pratiche\/\d+/)}/aggiornamenti`,
  "/admin/vocabolari/sinonimi/[id]": () => "/admin/vocabolari/sinonimi/999999", // its not-found page
  // Forms of an illustrative sheet: their not-found pages (real sheets get the forms).
  "/pratiche/[slug]/replica": async (html) => `${firstLink(await html("/pratiche"), /\/pratiche\/[a-z0-9-]+/)}/replica`,
  "/pratiche/[slug]/aggiornamento": async (html) =>
    `${firstLink(await html("/pratiche"), /\/pratiche\/[a-z0-9-]+/)}/aggiornamento`,
  "/admin/import/[id]": () => "/admin/import/999999", // its not-found page
  "/admin/utenti/[id]": async (html) => firstLink(await html("/admin/utenti"), /\/admin\/utenti\/\d+/),
  "/admin/vocabolari/[vocabolario]": () => "/admin/vocabolari/area",
  "/admin/vocabolari/[vocabolario]/[voce]": () => "/admin/vocabolari/area/anziani",
  "/admin/enti/[id]": async (html) => firstLink(await html("/admin/enti"), /\/admin\/enti\/\d+/),
  "/admin/invito/[token]": () => "/admin/invito/link-non-valido",
  "/admin/nuova-password/[token]": () => "/admin/nuova-password/link-non-valido",
  "/admin/segnalazioni/[id]": () => "/admin/segnalazioni/999999", // its not-found page
  "/segnala/stato/[token]": () => "/segnala/stato/link-non-valido", // its not-found page
};
// Page types that are not a route of their own.
const EXTRA_URLS = ["/pagina-inesistente", "/pratiche/scheda-inesistente", "/pratiche?area=anziani&q=spesa&pagina=2"];

function firstLink(html: string, pattern: RegExp) {
  const found = html.match(new RegExp(`href="(${pattern.source})"`))?.[1];
  if (!found) throw new Error(`no link matching ${pattern} to sample a page from`);
  return found;
}

const INLINE_SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/g;
const isExecutable = (attributes: string) =>
  !/\bsrc\s*=/i.test(attributes) &&
  (!/\btype\s*=/i.test(attributes) || /\btype\s*=\s*["']?(text\/javascript|module)/i.test(attributes));

test("every inline script Next writes, on every page type, has a shape framework-scripts.ts knows", async ({
  baseURL,
}, testInfo) => {
  test.setTimeout(180_000);
  const anonymous = await requestContext.newContext({ baseURL });
  const admin = await requestContext.newContext({ baseURL, storageState: STORAGE_STATE.admin });
  const contextFor = (url: string) => (url.startsWith("/admin") && url !== "/admin/login" ? admin : anonymous);
  const html = async (url: string) => (await contextFor(url).get(url, { maxRedirects: 0 })).text();

  const urls: string[] = [];
  const missing: string[] = [];
  for (const route of appPages()) {
    if (!route.includes("[")) urls.push(route);
    else if (SAMPLE_URLS[route]) urls.push(await SAMPLE_URLS[route](html));
    else missing.push(route);
  }
  expect(missing, "pages without a sample address in SAMPLE_URLS").toEqual([]);

  const unknown: string[] = [];
  const notHtml: string[] = [];
  for (const url of [...urls, ...EXTRA_URLS]) {
    const response = await contextFor(url).get(url, { maxRedirects: 0 });
    if (!response.headers()["content-type"]?.startsWith("text/html")) {
      notHtml.push(`${url} (${response.status()})`);
      continue;
    }
    const page = await response.text();
    const nonce = scriptPolicy(response.headers()["content-security-policy"])?.match(/'nonce-([^']+)'/)?.[1];
    let executable = 0;
    for (const [, attributes = "", body = ""] of page.matchAll(INLINE_SCRIPT)) {
      if (!isExecutable(attributes)) continue;
      executable++;
      if (!isFrameworkScript(body) || !nonce || !attributes.includes(`nonce="${nonce}"`))
        unknown.push(`${url} (${response.status()}): ${body.slice(0, 160)}`);
    }
    expect(executable, `${url}: no inline framework script at all; did Next change how it boots?`).toBeGreaterThan(0);
  }
  await Promise.all([anonymous.dispose(), admin.dispose()]);
  const checked = `${urls.length + EXTRA_URLS.length - notHtml.length} HTML pages checked; not HTML: ${notHtml.join(", ") || "none"}`;
  testInfo.annotations.push({ type: "pages", description: checked });
  console.log(`CSP: ${checked}`);
  expect(
    unknown,
    "Next wrote inline scripts that lib/server/framework-scripts.ts does not recognise: they get no nonce, so " +
      "the browser refuses them and the page does not hydrate. A Next upgrade changed its script shapes; " +
      "teach isFrameworkScript the new shape (data only, checked with JSON.parse) before upgrading.",
  ).toEqual([]);
});

test("a page answering a form posted without JavaScript gives the action's state the nonce too", async ({
  request,
  baseURL,
}) => {
  // A failed sign-in as a browser without JavaScript posts it: the form's hidden fields (the
  // action's reference) plus the typed values. The answer opens its payload with the action's state.
  const form = await (await request.get("/admin/login")).text();
  const fields: Record<string, string> = { email: "senza-script@esempio.it", password: "non-questa-2026" };
  for (const [, name = "", value = ""] of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g))
    fields[name.replace(/&quot;/g, '"')] = value.replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  const response = await request.post("/admin/login", {
    multipart: fields,
    maxRedirects: 0,
    // Same-origin, as the form posts; an address of its own, so no other test's sign-in limit counts it.
    headers: { Origin: baseURL!, "X-Forwarded-For": "198.51.100.23" },
  });
  expect(response.status()).toBe(200);
  const nonce = scriptPolicy(response.headers()["content-security-policy"])?.match(/'nonce-([^']+)'/)?.[1];
  const page = await response.text();
  const scripts = [...page.matchAll(INLINE_SCRIPT)].filter(([, attributes = ""]) => isExecutable(attributes));
  expect(scripts.some(([, , body = ""]) => body.includes("self.__next_f.push([2,"))).toBe(true);
  for (const [element, attributes = ""] of scripts)
    expect(attributes, element.slice(0, 160)).toContain(`nonce="${nonce}"`);
});

// A revalidated page must keep the policy its stored copy was sent with: the copy's scripts carry
// that policy's nonce, and a 304 with another policy would replace it in the browser.
async function injectedScriptRuns(page: Page) {
  return page.evaluate(async () => {
    const refused = new Promise<boolean>((resolve) => {
      document.addEventListener("securitypolicyviolation", () => resolve(true), { once: true });
      setTimeout(() => resolve(false), 2_000);
    });
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.body.append(script);
    const ran = (window as unknown as { __injected?: boolean }).__injected === true;
    return { ran, refused: await refused };
  });
}

async function hydrated(page: Page) {
  await page.waitForFunction(() => (window as unknown as { next?: { version?: string } }).next?.version !== undefined);
}

test("reload, back and forward keep the nonce policy, also after a 304", async ({ page }) => {
  // What came over the wire for each page load (Playwright reports a revalidated page as its 200).
  const wire: { status: number; policy: string | undefined }[] = [];
  const cdp = await page.context().newCDPSession(page);
  const documentRequests = new Set<string>();
  cdp.on("Network.requestWillBeSent", (event) => {
    if (event.type === "Document") documentRequests.add(event.requestId);
  });
  cdp.on("Network.responseReceivedExtraInfo", (event) => {
    if (!documentRequests.has(event.requestId)) return;
    const headers = Object.fromEntries(
      Object.entries(event.headers).map(([name, value]) => [name.toLowerCase(), value]),
    );
    wire.push({ status: event.statusCode, policy: headers["content-security-policy"] as string | undefined });
  });
  await cdp.send("Network.enable");

  const first = await page.goto("/regioni/lombardia");
  expect(first?.status()).toBe(200);
  expect(scriptPolicy(first?.headers()["content-security-policy"])).toMatch(/'nonce-/);
  await hydrated(page);

  await page.reload();
  await hydrated(page);
  // The reload revalidated the stored page with its ETag, and the 304 brought no policy of its own.
  await expect.poll(() => wire.at(-1)?.status).toBe(304);
  expect(wire.at(-1)?.policy).toBeUndefined();
  expect(await injectedScriptRuns(page)).toEqual({ ran: false, refused: true });

  await page.goto("/regioni/puglia");
  await hydrated(page);
  await page.goBack();
  await expect(page).toHaveURL(/\/regioni\/lombardia$/);
  await hydrated(page);
  expect(await injectedScriptRuns(page)).toEqual({ ran: false, refused: true });

  await page.goForward();
  await expect(page).toHaveURL(/\/regioni\/puglia$/);
  await page.reload();
  await hydrated(page);
  await expect.poll(() => wire.at(-1)?.status).toBe(304);
  expect(await injectedScriptRuns(page)).toEqual({ ran: false, refused: true });
  await page.goBack();
  await expect(page).toHaveURL(/\/regioni\/lombardia$/);
  await hydrated(page);
  expect(await injectedScriptRuns(page)).toEqual({ ran: false, refused: true });
});

test("pages are cached privately with a weak ETag, and a 304 sends no policy", async ({ request }) => {
  const page = await request.get("/regioni/lombardia");
  expect(page.headers()["cache-control"]).toBe("private, no-cache");
  const etag = page.headers()["etag"] ?? "";
  expect(etag).toMatch(/^W\/"[^"]+"$/);

  const revalidated = await request.get("/regioni/lombardia", { headers: { "If-None-Match": etag } });
  expect(revalidated.status()).toBe(304);
  expect(revalidated.headers()["content-security-policy"]).toBeUndefined();
  expect(revalidated.headers()["cache-control"]).toBe("private, no-cache");
  expect(revalidated.headers()["etag"]).toBe(etag);

  // Pages Next marks uncacheable stay so.
  const login = await request.get("/admin/login");
  expect(login.headers()["cache-control"]).toContain("no-store");
});
