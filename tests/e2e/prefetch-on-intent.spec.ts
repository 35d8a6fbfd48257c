import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";

// Links prefetch their route when the reader reaches for them (components/link.tsx,
// components/layout/prefetch-on-intent.tsx), not when they scroll into view.

function prefetchesOf(page: Page) {
  const paths: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"]) paths.push(new URL(request.url()).pathname);
  });
  return paths;
}

async function openSheet(page: Page) {
  await page.goto("/pratiche?ordina=titolo");
  await page.goto((await page.locator('[data-testid="practice-card"] h3 a').first().getAttribute("href"))!);
  await page.waitForLoadState("networkidle");
}

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Navigazione principale" });

test("a page loaded and left alone prefetches nothing", async ({ page }) => {
  const prefetches = prefetchesOf(page);
  await openSheet(page);
  await expect(page.locator('a[data-prefetch="intent"]').first()).toBeVisible();
  expect(prefetches).toEqual([]);
});

test("a mouse over a link prefetches its route, and the click then navigates without a page load", async ({ page }) => {
  const prefetches = prefetchesOf(page);
  await openSheet(page);
  const regions = mainNav(page).getByRole("link", { name: "Regioni", exact: true });
  await regions.hover();
  await expect.poll(() => prefetches).toContain("/regioni");

  const documents: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "document") documents.push(request.url());
  });
  await regions.click();
  await expect(page).toHaveURL(/\/regioni$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(documents).toEqual([]);
});

test("keyboard focus and a finger on a link prefetch its route", async ({ page }) => {
  const prefetches = prefetchesOf(page);
  await openSheet(page);
  await mainNav(page).getByRole("link", { name: "Enti", exact: true }).focus();
  await expect.poll(() => prefetches).toContain("/enti");
  await mainNav(page).getByRole("link", { name: "Statistiche", exact: true }).dispatchEvent("touchstart");
  await expect.poll(() => prefetches).toContain("/statistiche");
});
