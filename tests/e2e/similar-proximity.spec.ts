import { expect, test } from "./support/test";

for (const width of [390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 844 } });

    test("a comune near Lecce gets sheets of the province of Lecce first, saying why", async ({ page }) => {
      await page.goto("/comuni-simili?comune=Soleto");
      const reasons = page.getByTestId("similar-reasons");
      await expect(reasons.first()).toContainText("Stessa provincia (Lecce)");
      const all = await reasons.allTextContents();
      const lastLecce = all.map((text) => text.includes("Stessa provincia (Lecce)")).lastIndexOf(true);
      const firstOther = all.findIndex((text) => !text.includes("Stessa provincia (Lecce)"));
      if (firstOther >= 0) expect(lastLecce).toBeLessThan(firstOther);
    });

    test("a misspelt comune gets a suggestion, and focus moves to it (JavaScript on)", async ({ page }) => {
      await page.goto("/comuni-simili");
      await page.getByLabel("Il tuo comune").fill("Soletto");
      await page.getByRole("button", { name: "Trova pratiche" }).click();
      await expect(page).toHaveURL(/comune=Soletto/);
      await expect(page.getByRole("heading", { name: "Nessun comune si chiama «Soletto»" })).toBeVisible();
      await expect(page.locator("#esito")).toBeFocused();
      const suggestion = page.getByRole("link", { name: "Soleto (Lecce)" });
      await expect(page.locator("#esito li a").first()).toHaveText("Soleto (Lecce)");
      await suggestion.click();
      await expect(page.getByTestId("comune-profile")).toContainText("Soleto (Lecce, Puglia)");
    });
  });
}

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the suggestion works and the form leads to the outcome", async ({ page }) => {
    await page.goto("/comuni-simili");
    await page.getByLabel("Il tuo comune").fill("Soletto");
    await page.getByRole("button", { name: "Trova pratiche" }).click();
    await expect(page).toHaveURL(/comune=Soletto.*#esito$/);
    await page.getByRole("link", { name: "Soleto (Lecce)" }).click();
    await expect(page.getByTestId("comune-profile")).toContainText("Soleto");
  });
});
