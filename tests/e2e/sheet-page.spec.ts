import { expect, test } from "./support/test";

// The sheet page's top and its links outward: "In breve" first, related sheets by area in the
// same and neighbouring regions, sharing, and what a printout carries.

async function firstPugliaSheet(page: import("@playwright/test").Page) {
  await page.goto("/pratiche?regione=puglia&ordina=titolo");
  const href = (await page.locator('[data-testid="practice-card"] h3 a').first().getAttribute("href"))!;
  await page.goto(href);
  return href;
}

for (const width of [390, 1280]) {
  test(`at ${width} px "In breve" comes right under the title, before the summary and the description`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 844 });
    await firstPugliaSheet(page);
    const box = page.getByTestId("in-brief");
    await expect(box.getByRole("heading", { name: "In breve" })).toBeVisible();
    for (const term of ["Ente", "Avvio", "Operatori coinvolti", "Sostenibilità"])
      await expect(box.locator("dt", { hasText: term })).toBeVisible();
    const top = (await box.boundingBox())!.y;
    const description = (await page.getByRole("heading", { name: "Descrizione del servizio" }).boundingBox())!.y;
    const title = (await page.getByRole("heading", { level: 1 }).boundingBox())!.y;
    expect(top).toBeGreaterThan(title);
    expect(top).toBeLessThan(description);
    // on the first screen of a phone, below the header, title and illustrative notice
    expect(top).toBeLessThan(844);
  });
}

test("related sheets share an area and are in the region or a neighbouring one", async ({ page }) => {
  await firstPugliaSheet(page);
  await expect(page.getByText("Altre pratiche dello stesso tipo")).toHaveCount(0);
  const related = page.getByTestId("related-links");
  await expect(related.getByRole("link", { name: "in Puglia" }).first()).toHaveAttribute(
    "href",
    /\/pratiche\?regione=puglia&area=/,
  );
  const nearby = await related.getByRole("link", { name: "anche nelle regioni vicine" }).first().getAttribute("href");
  expect(nearby).toMatch(/regione=puglia&regione=(molise|campania|basilicata)/);
  expect(nearby).not.toContain("calabria");
  const similar = page.getByRole("region", { name: "Pratiche simili" }).getByTestId("practice-card");
  const count = await similar.count();
  for (let i = 0; i < count; i++) {
    await expect(similar.nth(i)).toContainText(/Puglia|Molise|Campania|Basilicata/);
  }
});

test("an illustrative sheet says so in its link preview and e-mail; the printout names site, date and source", async ({
  page,
}) => {
  const href = await firstPugliaSheet(page);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /^Esempio illustrativo/);
  await expect(page.locator('meta[name="twitter:title"]')).toHaveAttribute("content", /^Esempio illustrativo/);
  const mail = (await page.getByRole("link", { name: "Invia per e-mail" }).getAttribute("href"))!;
  expect(decodeURIComponent(mail)).toContain("Esempio illustrativo");
  await expect(page.getByLabel("Indirizzo della scheda")).toHaveValue(new RegExp(`${href}$`));

  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("print-header")).toBeVisible();
  await expect(page.getByTestId("print-header")).toContainText("I servizi sociali al tempo del Coronavirus");
  const today = new Intl.DateTimeFormat("it-IT", { day: "numeric", month: "long", year: "numeric" }).format(new Date());
  await expect(page.getByTestId("print-date")).toHaveText(`Stampata il ${today}`);
  await expect(page.getByTestId("print-citation")).toContainText("Fonte: Ministero del Lavoro");
  await expect(page.getByTestId("share")).toBeHidden();
});

test("where the browser has a share sheet, «Condividi…» opens it with the sheet's address", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "share", {
      value: (data: ShareData) => {
        (window as unknown as { shared: ShareData }).shared = data;
        return Promise.resolve();
      },
    });
  });
  const href = await firstPugliaSheet(page);
  await page.getByRole("button", { name: "Condividi…" }).click();
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
  expect(shared.url).toMatch(new RegExp(`${href}$`));
  expect(shared.title).toMatch(/^Esempio illustrativo/);
});

test("without a share sheet there is no «Condividi…» button", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "share", { value: undefined });
  });
  await firstPugliaSheet(page);
  await expect(page.getByRole("button", { name: "Copia il link" })).toBeVisible();
  await expect(page.getByTestId("native-share")).toHaveCount(0);
});

test("a region page links its neighbouring regions, with their counts", async ({ page }) => {
  await page.goto("/regioni/puglia");
  const nav = page.getByTestId("neighbour-regions");
  for (const name of ["Molise", "Campania", "Basilicata"]) await expect(nav.getByRole("link", { name })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Calabria" })).toHaveCount(0);
  await nav.getByRole("link", { name: "Molise" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Molise");
});

test("a region with few sheets suggests its neighbours", async ({ page }) => {
  let checked = 0;
  for (const slug of ["valle-d-aosta", "molise", "basilicata"]) {
    await page.goto(`/regioni/${slug}`);
    const total = Number((await page.getByTestId("region-total").textContent())!.match(/\d+/)![0]);
    if (total >= 6) continue;
    const suggestion = page.getByTestId("few-results-neighbours");
    await expect(suggestion).toBeVisible();
    const href = (await suggestion.getByRole("link").getAttribute("href"))!;
    expect(new URLSearchParams(href.split("?")[1]).getAll("regione").sort()).toEqual(expect.arrayContaining([slug]));
    expect(new URLSearchParams(href.split("?")[1]).getAll("regione").length).toBeGreaterThan(1);
    checked++;
  }
  expect(checked, "at least one of the small regions has fewer than 6 sheets").toBeGreaterThan(0);
});
