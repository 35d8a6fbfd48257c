import { expect, test, type APIRequestContext, type Page } from "./support/test";
import pg from "pg";
import { STORAGE_STATE } from "./support/accounts";

// What search engines, link previews, share e-mails and feed readers are told about a sheet. The
// seeded sheets are illustrative: marked "Esempio illustrativo", kept out of indexes and of the
// sitemap, never described as a GovernmentService. A real sheet keeps all of that.

const LABEL = "Esempio illustrativo";
type JsonLdItem = { "@type": string; name?: string; provider?: { name: string }; areaServed?: { name: string } };

/** The page as a crawler or a link preview reads it: head metadata, JSON-LD, the share e-mail. */
async function readSeo(page: Page) {
  return page.evaluate(() => {
    const meta = (selector: string) => document.querySelector(selector)?.getAttribute("content") ?? null;
    const mail = document.querySelector('a[href^="mailto:"]')?.getAttribute("href");
    const mailParams = mail ? new URL(mail).searchParams : null;
    return {
      title: document.title,
      robots: meta('meta[name="robots"]'),
      description: meta('meta[name="description"]'),
      ogTitle: meta('meta[property="og:title"]'),
      ogDescription: meta('meta[property="og:description"]'),
      twitterTitle: meta('meta[name="twitter:title"]'),
      twitterDescription: meta('meta[name="twitter:description"]'),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].flatMap((node) =>
        JSON.parse(node.textContent ?? "[]"),
      ),
      mailSubject: mailParams?.get("subject") ?? null,
      mailBody: mailParams?.get("body") ?? null,
    };
  });
}

// Several full page loads each, on a machine shared with the other tests.
test.describe.configure({ timeout: 120_000 });

/** The addresses of the real published sheets: this test's, and any another @publishes-real test left. */
async function realSheetPaths() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ slug: string }>(
      `SELECT "slug" FROM "Practice" WHERE "isSample" = false AND "status" = 'PUBLISHED'`,
    );
    return rows.map((row) => `/pratiche/${row.slug}`).sort();
  } finally {
    await client.end();
  }
}

async function robotsOf(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  // No waiting: an indexable page has no robots meta at all.
  const contents = await page
    .locator('meta[name="robots"]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("content")));
  return contents.join(", ");
}

async function sitemapLocs(request: APIRequestContext) {
  const xml = await (await request.get("/sitemap.xml")).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? "").pathname);
}

async function feedEntries(request: APIRequestContext, path = "/feed.xml") {
  const xml = await (await request.get(path)).text();
  return [
    ...xml.matchAll(
      /<entry>[\s\S]*?<title type="text">([^<]*)<\/title><link rel="alternate" type="text\/html" href="([^"]+)"/g,
    ),
  ].map(([, title = "", href = ""]) => ({ title: title.replace(/&amp;/g, "&"), path: new URL(href).pathname }));
}

test("an illustrative sheet says so to search engines, link previews and e-mail, and is not indexed", async ({
  page,
  request,
}) => {
  await page.goto("/pratiche?regione=sardegna&ordina=titolo");
  const href = (await page.getByTestId("practice-card").first().getByRole("link").first().getAttribute("href"))!;
  await page.goto(href);
  await expect(page.getByRole("note")).toContainText("Scheda illustrativa");

  const seo = await readSeo(page);
  expect(seo.robots).toMatch(/noindex/);
  for (const [name, text] of Object.entries({
    title: seo.title,
    description: seo.description,
    ogTitle: seo.ogTitle,
    ogDescription: seo.ogDescription,
    twitterTitle: seo.twitterTitle,
    twitterDescription: seo.twitterDescription,
    mailSubject: seo.mailSubject,
    mailBody: seo.mailBody,
  })) {
    expect(text, name).toContain(LABEL);
  }
  const types = (seo.jsonLd as JsonLdItem[]).map((item) => item["@type"]);
  expect(types).not.toContain("GovernmentService");
  expect(JSON.stringify(seo.jsonLd)).not.toContain("GovernmentOrganization");

  const entityHref = (await page.locator('a[href^="/enti/"]').first().getAttribute("href"))!;
  expect(await robotsOf(page, entityHref)).toMatch(/noindex/);
  expect(await robotsOf(page, "/regioni/sardegna")).toMatch(/noindex/);

  const sitemap = await sitemapLocs(request);
  expect(sitemap).not.toContain(href);
  expect(sitemap).not.toContain(entityHref);
  expect(sitemap).not.toContain("/regioni/sardegna");
  expect(sitemap.filter((path) => path.startsWith("/pratiche/"))).toEqual([]);
});

test("while every published sheet is illustrative, the home page and the catalogue's data pages are not indexed", async ({
  page,
  request,
}) => {
  // The home page then shows invented sheets as the latest updated.
  for (const path of ["/", "/pratiche", "/statistiche", "/mappa", "/regioni", "/enti", "/comuni-simili"]) {
    expect(await robotsOf(page, path), path).toMatch(/noindex/);
  }
  const sitemap = await sitemapLocs(request);
  expect(sitemap).toContain("/open-data");
  for (const path of ["/", "/pratiche", "/statistiche", "/mappa"]) expect(sitemap).not.toContain(path);
  // The downloads and the feed hold invented sheets too: no search engine is to offer them.
  for (const path of ["/feed.xml", "/open-data/pratiche.csv", "/open-data/pratiche.json?area=anziani"]) {
    expect((await request.get(path)).headers()["x-robots-tag"], path).toBe("noindex");
  }
});

test("the feed names every illustrative entry an example in its title", async ({ request }) => {
  const entries = await feedEntries(request);
  expect(entries.length).toBeGreaterThan(0);
  for (const entry of entries) expect(entry.title).toMatch(new RegExp(`^${LABEL} — `));
});

// Publishing a real sheet changes what the counting tests see, so this runs after all of them
// (the "publishes-real" project of playwright.config.ts).
test.describe("a real sheet", () => {
  test.use({ storageState: STORAGE_STATE.editor });

  test(
    "is indexed, listed in the sitemap, unflagged in the feed and described as a GovernmentService",
    { tag: "@publishes-real" },
    async ({ page, request }) => {
      const id = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
      const title = `Sportello reale per la verifica degli indici ${id}`;
      const entityName = `Comune di Verifica Indici ${id}`;
      await page.goto("/admin/pratiche/nuova");
      await page.getByRole("textbox", { name: "Codice (obbligatorio)" }).fill(`SEO-REALE-${id}`);
      await page.getByLabel("Stato di pubblicazione").selectOption("pubblicata");
      await page.getByLabel("Titolo").fill(title);
      await page.getByLabel("Sintesi").fill("Una scheda reale creata dal test degli indici dei motori di ricerca.");
      await page.getByLabel("Descrizione del servizio").fill("Descrizione reale abbastanza lunga per essere valida.");
      await page.getByLabel("Tipo di servizio").selectOption("nuovo");
      await page.getByLabel("Ente erogatore (nuovo)").fill(entityName);
      await page.getByLabel("Tipo di ente").selectOption("comune");
      await page.getByLabel("Regione").selectOption("basilicata");
      await page.getByLabel("Multiutenza").check();
      await page.getByRole("button", { name: "Salva" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Scheda creata." })).toBeVisible();

      // A full load, as a crawler makes: after a client navigation the admin page's head could linger.
      const href = (await page.getByRole("link", { name: "Pagina pubblica" }).getAttribute("href"))!;
      await page.goto(href);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      const seo = await readSeo(page);
      expect(seo.robots ?? "").not.toMatch(/noindex/);
      for (const text of [seo.title, seo.description, seo.ogTitle, seo.ogDescription, seo.mailSubject, seo.mailBody]) {
        expect(text).not.toContain(LABEL);
      }
      expect(seo.title).toContain(title);
      expect(seo.mailSubject).toBe(title);
      const service = (seo.jsonLd as JsonLdItem[]).find((item) => item["@type"] === "GovernmentService");
      expect(service?.name).toBe(title);
      expect(service?.provider?.name).toBe(entityName);
      expect(service?.areaServed?.name).toBe("Basilicata");
      expect(Array.isArray((service as { availableChannel?: unknown })?.availableChannel)).toBe(true);

      const entityHref = (await page.locator('a[href^="/enti/"]').first().getAttribute("href"))!;
      expect(await robotsOf(page, entityHref)).not.toMatch(/noindex/);
      expect(await robotsOf(page, "/regioni/basilicata")).not.toMatch(/noindex/);
      expect(await robotsOf(page, "/pratiche")).not.toMatch(/noindex/);
      expect(await robotsOf(page, "/")).not.toMatch(/noindex/);
      // The home page's latest sheets are then real ones only, this one first.
      await page.goto("/");
      const latest = page.getByRole("region", { name: "Aggiornate di recente" }).getByRole("listitem");
      await expect(latest.first()).toContainText(title);
      await expect(latest.filter({ hasText: "Scheda illustrativa" })).toHaveCount(0);

      const sitemap = await sitemapLocs(request);
      for (const path of ["/", href, entityHref, "/regioni/basilicata", "/pratiche", "/statistiche"]) {
        expect(sitemap, path).toContain(path);
      }
      // Only real sheets are offered to search engines: none of the 240 illustrative ones.
      const real = await realSheetPaths();
      expect(real).toContain(href);
      expect(sitemap.filter((path) => path.startsWith("/pratiche/")).sort()).toEqual(real);

      const entries = await feedEntries(request);
      expect(entries.find((entry) => entry.path === href)?.title).toBe(title);
      expect(
        entries.filter((entry) => !real.includes(entry.path)).every((entry) => entry.title.startsWith(`${LABEL} — `)),
      ).toBe(true);
    },
  );
});
