import { expect, test } from "./support/test";
import Papa from "papaparse";

test.use({ javaScriptEnabled: false });

test("every chart is drawn without JavaScript, with its table and CSV", async ({ page, request }) => {
  await page.goto("/statistiche");
  const charts = page.getByTestId("chart");
  await expect(charts).toHaveCount(15);
  for (const chart of await charts.all()) {
    await expect(chart.locator("svg")).toBeVisible();
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
