import { expect, test, type Page } from "./support/test";

/** Presses Tab until the focused element matches, failing after `max` presses (no traps, no dead ends). */
async function tabTo(page: Page, matches: (el: Element) => boolean, max = 300) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return;
  }
  throw new Error("Elemento non raggiungibile con il tasto Tab");
}

test("a whole search without a mouse: words, a facet, the next page", async ({ page }) => {
  // Some hundred Tab presses, each checked in the page: slow on a loaded machine.
  test.setTimeout(90_000);
  await page.goto("/");

  // The first Tab reaches the skip link, and it moves focus to the content.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Vai al contenuto principale" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();

  // The header search box, then the query and Enter.
  await tabTo(page, (el) => el.id === "header-q");
  await page.keyboard.type("anziani");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/pratiche\?q=anziani$/);
  const count = page.locator("main:visible").getByTestId("result-count");
  await expect(count).toHaveText(/\d+ pratiche trovate/);
  const before = Number((await count.textContent())!.replace(/\D/g, ""));

  // A facet checkbox: Space ticks it; the apply button then says what it will show, and Enter on
  // it applies. Focus moves to the results heading, which names the new count.
  await tabTo(page, (el) => el.id === "f-area-anziani");
  await page.keyboard.press("Space");
  await expect(page.locator("main:visible #f-area-anziani")).toBeChecked();
  await tabTo(page, (el) => el.getAttribute("data-testid") === "apply-filters");
  await expect(page.locator(":focus")).toHaveText(/^Mostra \d+ pratiche$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/area=anziani/);
  await expect(page).toHaveURL(/q=anziani/);
  await expect(page.locator('main:visible form[aria-busy="false"]').first()).toBeAttached();
  await expect(page.locator("main:visible #risultati")).toBeFocused();
  await expect(page.locator("main:visible #f-area-anziani")).toBeChecked();
  const filtered = Number((await count.textContent())!.replace(/\D/g, ""));
  expect(filtered).toBeGreaterThan(24);
  expect(filtered).toBeLessThanOrEqual(before);
  await expect(count).toHaveAttribute("aria-live", "polite");

  // Pagination: Tab to "Successiva" and press Enter.
  await tabTo(page, (el) => el.getAttribute("rel") === "next" && (el as HTMLElement).offsetParent !== null);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/pagina=2/);
  await expect(page).toHaveURL(/area=anziani/);
  await expect(page.locator("main:visible").getByTestId("result-count")).toHaveText(`${filtered} pratiche trovate`);
  await expect(page.locator('main:visible nav[aria-label="Paginazione"] [aria-current="page"]')).toHaveText(/2/);
});
