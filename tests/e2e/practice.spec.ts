import { expect, test } from "./support/test";

test("opens a sheet from the listing, with every section and JSON-LD naming it an example", async ({ page }) => {
  await page.goto("/pratiche?regione=toscana");
  const card = page.getByTestId("practice-card").first();
  const title = (await card.locator("h3").textContent())!.trim();
  await card.getByRole("heading").getByRole("link").click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("note")).toContainText("Scheda illustrativa");
  for (const heading of [
    "Descrizione del servizio",
    "Cosa c'è di innovativo",
    "Riscontri di operatori e cittadini",
    "Sostenibilità",
    "Finanziamento",
  ]) {
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  }
  await expect(page.getByRole("navigation", { name: "Percorso" }).getByRole("link", { name: "Toscana" })).toBeVisible();

  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = blocks.flatMap((block) => JSON.parse(block));
  // The seeded sheets are illustrative: no GovernmentService (tests/e2e/illustrative-seo.spec.ts has a real one).
  const work = data.find((item: { "@type": string }) => item["@type"] === "CreativeWork");
  expect(work.name).toBe(`Esempio illustrativo — ${title}`);
  expect(data.some((item: { "@type": string }) => item["@type"] === "BreadcrumbList")).toBe(true);

  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/pratiche/[a-z0-9-]+$`));
  expect(await page.locator('meta[name="description"]').getAttribute("content")).toBeTruthy();
});

test("an unknown sheet is a real 404 page", async ({ page }) => {
  const response = await page.goto("/pratiche/questa-scheda-non-esiste");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pratica non trovata");
});

test("an unknown address is a 404 too", async ({ page }) => {
  const response = await page.goto("/pagina/che/non/esiste");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina non trovata");
});

test("region pages list their sheets and link every region from home", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const regionLinks = page.getByRole("region", { name: "Per regione" }).getByRole("link");
  await expect(regionLinks).toHaveCount(20);

  await page.getByRole("link", { name: "Puglia" }).first().click();
  await expect(page).toHaveURL(/\/regioni\/puglia$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Puglia");
  const total = Number(((await page.getByTestId("region-total").textContent()) ?? "").replace(/\D/g, ""));
  expect(total).toBeGreaterThan(0);
  // Next keeps the previous page mounted but hidden: count only what is shown.
  await expect(page.getByTestId("practice-card").filter({ visible: true })).toHaveCount(Math.min(total, 24));
});

test("the sitemap leaves out the illustrative sheets and their pages; robots points to it", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).not.toMatch(/\/(pratiche|regioni|enti)\/[a-z0-9-]+<\/loc>/);
  expect(sitemap).toContain("/open-data</loc>");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
});
