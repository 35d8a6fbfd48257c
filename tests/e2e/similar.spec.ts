import { expect, test } from "./support/test";

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("a comune and an area give sheets of similar entities, with why", async ({ page }) => {
    await page.goto("/comuni-simili");
    await page.getByLabel("Il tuo comune").fill("forli");
    await page.getByLabel("Area di utenza").selectOption("anziani");
    await page.getByRole("button", { name: "Trova pratiche" }).click();
    await expect(page).toHaveURL(/comune=forli&area=anziani/);
    await expect(page.getByTestId("comune-profile")).toContainText("Forlì (Forlì-Cesena, Emilia-Romagna)");
    const results = page.getByTestId("similar-result");
    expect(await results.count()).toBeGreaterThan(0);
    const reasons = await page.getByTestId("similar-reasons").first().textContent();
    expect(reasons).toContain("Area di utenza: Anziani");
    expect(reasons).toMatch(/fascia di popolazione|Stessa regione|Stessa ripartizione/i);
  });

  test("a name two comuni share asks which one", async ({ page }) => {
    await page.goto("/comuni-simili?comune=Castro");
    const choices = page.getByRole("link", { name: /^Castro \(/ });
    await expect(choices).toHaveCount(2);
    await choices.first().click();
    await expect(page.getByTestId("comune-profile")).toContainText("Castro");
  });
});

test("with JavaScript, typing offers matching comuni", async ({ page }) => {
  await page.goto("/comuni-simili");
  await page.getByLabel("Il tuo comune").pressSequentially("forl", { delay: 30 });
  await expect(page.getByTestId("comuni-suggeriti").locator('option[value="Forlì (Forlì-Cesena)"]')).toHaveCount(1);
});
