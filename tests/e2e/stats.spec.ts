import { expect, test } from "./support/test";
import Papa from "papaparse";

test.use({ javaScriptEnabled: false });

test("every chart is drawn without JavaScript, with its table and CSV", async ({ page, request }) => {
  await page.goto("/statistiche");
  const charts = page.getByTestId("chart");
  await expect(charts).toHaveCount(15);
  for (const chart of await charts.all()) {
    await expect(chart.getByTestId(/^(bar|heatmap)-chart$/)).toBeVisible();
    await expect(chart.locator("table")).toHaveCount(1);
  }
  const links = await page.getByTestId("chart-csv").evaluateAll((list) => list.map((a) => a.getAttribute("href")!));
  expect(new Set(links).size).toBe(15);
  for (const href of links) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
  }
});

test("the funding totals match the catalogue's counts", async ({ request }) => {
  const counts = (await (await request.get("/api/v1/pratiche")).json()).conteggi.finanziamento as Record<
    string,
    number
  >;
  const vocabularies = (await (await request.get("/api/v1/vocabolari")).json()).vocabolari as {
    parametro: string;
    valori: { slug: string; etichetta: string }[];
  }[];
  const funding = vocabularies.find((v) => v.parametro === "finanziamento")!.valori;
  const csv = Papa.parse<Record<string, string>>(
    (await (await request.get("/statistiche/finanziamento.csv")).text()).slice(1),
    { header: true, skipEmptyLines: true },
  );
  for (const value of funding) {
    const row = csv.data.find((r) => r["Fonte di finanziamento"] === value.etichetta)!;
    expect(Number(row.schede), value.slug).toBe(counts[value.slug] ?? 0);
  }
  const byRegion = Papa.parse<Record<string, string>>(
    (await (await request.get("/statistiche/sostenibilita-per-regione.csv")).text()).slice(1),
    { header: true, skipEmptyLines: true },
  );
  expect(byRegion.data).toHaveLength(20);
  expect(byRegion.data.reduce((sum, row) => sum + Number(row.schede), 0)).toBe(240);
});

test("on a 360 px phone the charts' text keeps a readable size", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/statistiche");
  const bars = page.locator("#finanziamento-barre");
  await expect(bars).toBeVisible();
  const pixels = (locator: typeof bars) =>
    locator.evaluateAll((nodes) =>
      nodes.map((node) => {
        // An SVG's text is drawn at its font size times the drawing's scale on screen.
        const svg = node.closest("svg");
        const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
        return parseFloat(getComputedStyle(node).fontSize) * scale;
      }),
    );
  const barText = await pixels(bars.locator("[data-testid=bar-label], a"));
  expect(barText.length).toBeGreaterThan(4);
  expect(Math.min(...barText)).toBeGreaterThanOrEqual(12);
  const cellText = await pixels(page.locator("#finanziamento-area-mappa text"));
  expect(cellText.length).toBeGreaterThan(20);
  expect(Math.min(...cellText)).toBeGreaterThanOrEqual(11);
  // The bars fit the screen; only a heatmap's own region scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const barBox = (await bars.boundingBox())!;
  expect(barBox.x + barBox.width).toBeLessThanOrEqual(360);
});
