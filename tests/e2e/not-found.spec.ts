import { expect, test } from "./support/test";

// Unknown addresses under the catalogue's dynamic routes: a 404 that says so, with and without
// JavaScript (lib/server/not-found-shell.ts).

const UNKNOWN = [
  "/pratiche/scheda-che-non-esiste",
  "/enti/ente-che-non-esiste",
  "/regioni/regione-che-non-esiste",
  `/segnala/stato/${"x".repeat(43)}`,
];

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const path of UNKNOWN) {
    test(`${path} is a 404 page that says the page was not found`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Pagina non trovata" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Cerca tra le pratiche" })).toHaveAttribute("href", "/pratiche");
    });
  }
});

test("with JavaScript an unknown sheet shows the sheet's own not-found page, once", async ({ page }) => {
  const response = await page.goto(UNKNOWN[0]!);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Pratica non trovata" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
});
