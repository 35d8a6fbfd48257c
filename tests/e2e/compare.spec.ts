import { expect, test } from "@playwright/test";

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("ticking sheets on the listing and submitting compares them side by side", async ({ page }) => {
    await page.goto("/pratiche?regione=puglia");
    const cards = page.getByTestId("practice-card");
    const titles = [
      await cards.nth(0).getByRole("heading").textContent(),
      await cards.nth(1).getByRole("heading").textContent(),
    ];
    await cards
      .nth(0)
      .getByLabel(/Confronta/)
      .check();
    await cards
      .nth(1)
      .getByLabel(/Confronta/)
      .check();
    await page.getByRole("button", { name: /Confronta le pratiche selezionate/ }).click();

    await expect(page).toHaveURL(/\/confronta\?p=[a-z0-9-]+&p=[a-z0-9-]+$/);
    const table = page.getByTestId("compare-table");
    await expect(table.locator("thead th")).toHaveCount(2);
    for (const title of titles) await expect(table.locator("thead")).toContainText(title!);
    for (const row of [
      "Operatori coinvolti",
      "Fonti di finanziamento",
      "Tecnologie",
      "Reti di collaborazione",
      "Canali di comunicazione",
      "Sostenibilità",
    ]) {
      await expect(table.getByRole("rowheader", { name: row, exact: true })).toBeVisible();
    }
    await expect(page.getByRole("note")).toContainText("illustrativ");
  });

  test("a comparison of one sheet explains how to compare", async ({ page }) => {
    await page.goto("/confronta?p=non-esiste");
    await expect(page.getByTestId("compare-empty")).toBeVisible();
  });
});

test("with JavaScript, ticking a sheet does not apply the filters", async ({ page }) => {
  await page.goto("/pratiche?area=anziani");
  const url = page.url();
  const boxes = page.getByTestId("practice-card").getByLabel(/Confronta/);
  await boxes.nth(0).check();
  await boxes.nth(2).check();
  await page.waitForTimeout(300);
  expect(page.url()).toBe(url);
  await expect(boxes.nth(0)).toBeChecked();
  await page.getByRole("button", { name: /Confronta le pratiche selezionate/ }).click();
  await expect(page.getByTestId("compare-table").locator("thead th")).toHaveCount(2);
});
