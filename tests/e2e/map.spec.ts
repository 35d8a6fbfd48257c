import { expect, test } from "./support/test";
import { itemAt } from "../../lib/item-at";

// The map is server-rendered: it must be complete with JavaScript off.
test.use({ javaScriptEnabled: false });

async function regionsOnMap(page: import("@playwright/test").Page) {
  return page
    .getByTestId("italy-map")
    .locator("a")
    .evaluateAll((links) =>
      links.map((a) => ({
        slug: a.getAttribute("data-region")!,
        count: Number(a.getAttribute("data-count")),
        href: a.getAttribute("href")!,
        fill: a.querySelector("path")!.getAttribute("fill")!,
      })),
    );
}

test("has one link per region with the catalogue's counts", async ({ page, request }) => {
  await page.goto("/mappa");
  const regions = await regionsOnMap(page);
  expect(regions).toHaveLength(20);
  expect(new Set(regions.map((r) => r.slug)).size).toBe(20);
  const counts = (await (await request.get("/api/v1/pratiche")).json()).conteggi.regione as Record<string, number>;
  for (const region of regions) {
    expect(region.count, region.slug).toBe(counts[region.slug] ?? 0);
    expect(region.href).toBe(`/pratiche?regione=${region.slug}`);
  }
  expect(regions.reduce((sum, r) => sum + r.count, 0)).toBe(240);
  await expect(page.getByTestId("map-table").locator("tbody tr")).toHaveCount(20);
});

test("with a theme, counts follow it and regions without any sheet stand out", async ({ page, request }) => {
  await page.goto("/mappa");
  await page.getByLabel("Area di utenza").selectOption("dipendenze");
  await page.getByRole("button", { name: "Mostra" }).click();
  await expect(page).toHaveURL(/area=dipendenze/);
  const counts = (await (await request.get("/api/v1/pratiche?area=dipendenze")).json()).conteggi.regione as Record<
    string,
    number
  >;
  const regions = await regionsOnMap(page);
  for (const region of regions) {
    expect(region.count, region.slug).toBe(counts[region.slug] ?? 0);
    expect(region.fill === "url(#senza-pratiche)", region.slug).toBe(region.count === 0);
  }
  const gaps = regions.filter((r) => r.count === 0);
  if (gaps.length) await expect(page.getByTestId("map-gaps")).toContainText(`${gaps.length} regioni`);

  const { slug } = itemAt(regions, 0);
  await page.getByTestId("italy-map").locator(`a[data-region="${slug}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/pratiche\\?regione=${slug}&area=dipendenze$`));
});
