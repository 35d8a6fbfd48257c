import { expect, test, type Page } from "./support/test";

const resultCount = (page: Page) => page.getByTestId("result-count");

async function countOf(page: Page) {
  const text = (await resultCount(page).textContent()) ?? "";
  return Number(text.replace(/\D/g, ""));
}

/** The count a facet value's label promises, e.g. "Puglia (12)" → 12. */
async function facetCount(page: Page, name: string, value: string) {
  const label = page.locator(`label[for="f-${name}-${value}"]`);
  const text = (await label.textContent()) ?? "";
  return Number(/\((\d+)\)\s*$/.exec(text)?.[1]);
}

test("lists all 240 sheets and marks them as illustrative", async ({ page }) => {
  await page.goto("/pratiche");
  await expect(resultCount(page)).toHaveText("240 pratiche trovate");
  await expect(page.getByTestId("practice-card")).toHaveCount(24);
  await expect(page.getByRole("note").first()).toContainText("Schede illustrative");
  await expect(page.getByTestId("practice-card").first()).toContainText("Scheda illustrativa");
});

test("filters by region and area from the page, applied by the button: URL and count follow", async ({ page }) => {
  await page.goto("/pratiche");
  const puglia = await facetCount(page, "regione", "puglia");
  expect(puglia).toBeGreaterThan(0);

  await page.getByLabel(/^Puglia/).check();
  await page.getByTestId("apply-filters").click();
  await expect(page).toHaveURL(/[?&]regione=puglia(&|$)/);
  await expect(resultCount(page)).toHaveText(new RegExp(`^${puglia} pratic`));

  const anziani = await facetCount(page, "area", "anziani");
  await page.getByLabel(/^Anziani/).check();
  await page.getByTestId("apply-filters").click();
  await expect(page).toHaveURL(/area=anziani/);
  await expect(page).toHaveURL(/regione=puglia/);
  expect(await countOf(page)).toBe(anziani);

  // Removing the region chip keeps the area filter.
  await page.getByRole("link", { name: /Regione: Puglia/ }).click();
  await expect(page).not.toHaveURL(/regione=/);
  await expect(page).toHaveURL(/area=anziani/);
  await expect(page.getByLabel(/^Puglia/)).not.toBeChecked();

  await page.getByRole("link", { name: "Azzera filtri" }).click();
  await expect(resultCount(page)).toHaveText("240 pratiche trovate");
});

test("searches words, ignoring accents and correcting typos", async ({ page }) => {
  await page.goto("/pratiche");
  await page.getByLabel("Parole da cercare").fill("anzaini");
  await page.getByRole("button", { name: "Cerca", exact: true }).last().click();
  await expect(page).toHaveURL(/q=anzaini/);
  await expect(page.getByTestId("corrected-query")).toContainText("anziani");
  expect(await countOf(page)).toBeGreaterThan(0);

  await page.goto("/pratiche?q=citta");
  expect(await countOf(page)).toBeGreaterThan(0);
  await expect(page.locator("mark").first()).toBeVisible();
});

test("paginates with links", async ({ page }) => {
  await page.goto("/pratiche");
  const firstTitle = await page.getByTestId("practice-card").first().locator("h3").textContent();
  await page.getByRole("navigation", { name: "Paginazione" }).getByRole("link", { name: "Successiva" }).click();
  await expect(page).toHaveURL(/pagina=2/);
  await expect(page.getByTestId("practice-card").first().locator("h3")).not.toHaveText(firstTitle ?? "");
});

test("hostile parameters give a normal page", async ({ page }) => {
  for (const query of [
    "pagina=abc&ordina=%3Cscript%3E",
    "regione=%3Cscript%3Ealert(1)%3C%2Fscript%3E&q=%00",
    `q=${"x".repeat(3000)}`,
    "q=%27%3B%20DROP%20TABLE%20%22Practice%22%3B--&area=..%2F..%2Fetc%2Fpasswd",
  ]) {
    const response = await page.goto(`/pratiche?${query}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Le pratiche");
  }
});

test("values that do not exist are ignored, not applied", async ({ page }) => {
  await page.goto("/pratiche?area=valore-che-non-esiste&regione=atlantide");
  await expect(resultCount(page)).toHaveText("240 pratiche trovate");
  await expect(page.getByRole("group", { name: "Filtri attivi" })).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the listing still filters through a plain GET form", async ({ page }) => {
    await page.goto("/pratiche");
    const lazio = await facetCount(page, "regione", "lazio");
    await page.getByLabel(/^Lazio/).check();
    await page.getByRole("button", { name: "Mostra le pratiche" }).click();
    await expect(page).toHaveURL(/regione=lazio/);
    expect(await countOf(page)).toBe(lazio);

    await page.getByLabel("Parole da cercare").fill("domicilio");
    await page.getByLabel("Parole da cercare").press("Enter");
    await expect(page).toHaveURL(/q=domicilio/);
    await expect(page).toHaveURL(/regione=lazio/);
  });
});
