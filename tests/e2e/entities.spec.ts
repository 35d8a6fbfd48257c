import { expect, test } from "./support/test";

test("a sheet links to its entity, whose page lists its sheets and region", async ({ page }) => {
  await page.goto("/pratiche?regione=umbria&ordina=titolo");
  const card = page.getByTestId("practice-card").first();
  const sheetHref = (await card.getByRole("link").first().getAttribute("href"))!;
  await card.getByRole("link").first().click();
  const entityLink = page.locator('a[href^="/enti/"]').first();
  const entityName = (await entityLink.textContent())!;
  await entityLink.click();
  await expect(page).toHaveURL(/\/enti\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(entityName);
  await expect(page.getByTestId("entity-facts")).toContainText("Umbria");
  // Next keeps the previous page in a hidden Activity: only the visible cards are this page.
  await expect(
    page.getByTestId("practice-card").locator(`a[href="${sheetHref}"]`).filter({ visible: true }),
  ).toHaveCount(1);
  await expect(page.getByRole("note")).toContainText("illustrativ");
});

test("an unknown entity is a 404", async ({ request }) => {
  expect((await request.get("/enti/non-esiste")).status()).toBe(404);
});

test("a sheet prints without navigation and shares without third-party scripts", async ({ page }) => {
  await page.goto("/pratiche?regione=marche");
  await page.getByTestId("practice-card").first().getByRole("link").first().click();
  const share = page.getByTestId("share");
  await expect(share.getByRole("link", { name: "Invia per e-mail" })).toHaveAttribute(
    "href",
    /^mailto:\?subject=.+&body=.+%2Fpratiche%2F/,
  );
  await expect(share.getByLabel("Indirizzo della scheda")).toHaveValue(/\/pratiche\/[a-z0-9-]+$/);
  await expect(share.getByRole("button", { name: "Copia il link" })).toBeVisible();
  const scripts = await page
    .locator("script[src]")
    .evaluateAll((list) => list.map((s) => new URL((s as HTMLScriptElement).src).origin));
  expect(scripts.every((origin) => origin === new URL(page.url()).origin)).toBe(true);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Navigazione principale" })).toBeHidden();
  await expect(share).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(/Scheda pubblicata su /)).toBeVisible();
});
