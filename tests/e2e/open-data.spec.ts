import { expect, test } from "./support/test";
import Papa from "papaparse";

// "Export what I am looking at" and "follow this search" from the listing.

const count = async (page: import("@playwright/test").Page) =>
  Number(((await page.getByTestId("result-count").textContent()) ?? "").replace(/\D/g, ""));

test("the CSV of a filtered listing has exactly the rows the listing counts", async ({ page, request }) => {
  await page.goto("/pratiche?regione=lombardia&regione=veneto&tipo=nuovo");
  const listed = await count(page);
  expect(listed).toBeGreaterThan(0);

  const csvHref = await page.getByTestId("export-csv").getAttribute("href");
  expect(csvHref).toContain("regione=lombardia");
  const response = await request.get(csvHref!);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const text = await response.text();
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
    header: true,
    delimiter: ";",
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toHaveLength(listed);
  expect(new Set(parsed.data.map((row) => row.regione))).toEqual(new Set(["Lombardia", "Veneto"]));
  expect(parsed.data.every((row) => row.tipo_servizio === "nuovo" && row.illustrativa === "true")).toBe(true);

  const json = await (await request.get((await page.getByTestId("export-json").getAttribute("href"))!)).json();
  expect(json.metadati.totale).toBe(listed);
  expect(json.pratiche).toHaveLength(listed);
  expect(json.metadati.licenza.nome).toContain("CC BY 4.0");
  expect(json.metadati.nota_illustrative).toContain("illustrativa");
});

test("without parameters the downloads have the whole catalogue", async ({ request }) => {
  const csv = await (await request.get("/open-data/pratiche.csv")).text();
  expect(Papa.parse(csv.slice(1), { header: true, skipEmptyLines: true }).data).toHaveLength(240);
});

test("the feed of a search parses as Atom and lists its sheets", async ({ page, request }) => {
  await page.goto("/pratiche?area=anziani&sostenibilita=continua");
  const listed = await count(page);
  const href = (await page.getByTestId("follow-search").getAttribute("href"))!;
  expect(href).toMatch(/^\/feed\.xml\?/);
  const response = await request.get(href);
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await response.text();
  const feed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "application/xml");
    const ns = "http://www.w3.org/2005/Atom";
    const entries = [...doc.getElementsByTagNameNS(ns, "entry")];
    return {
      error: doc.getElementsByTagName("parsererror").length,
      root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
      title: doc.documentElement.getElementsByTagNameNS(ns, "title")[0]?.textContent,
      entries: entries.map((entry) => ({
        id: entry.getElementsByTagNameNS(ns, "id")[0]?.textContent ?? "",
        updated: entry.getElementsByTagNameNS(ns, "updated")[0]?.textContent ?? "",
        link: entry.getElementsByTagNameNS(ns, "link")[0]?.getAttribute("href") ?? "",
      })),
    };
  }, xml);
  expect(feed.error).toBe(0);
  expect(feed.root).toBe("http://www.w3.org/2005/Atom feed");
  expect(feed.title).toContain("Anziani");
  expect(feed.entries).toHaveLength(Math.min(listed, 50));
  for (const entry of feed.entries) {
    expect(entry.id).toMatch(/^tag:/);
    expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
    expect(entry.link).toContain("/pratiche/");
  }
  const updated = feed.entries.map((entry) => entry.updated);
  expect(updated).toEqual([...updated].sort().reverse());
});

test("the open data page states the licence and its downloads work", async ({ page, request }) => {
  await page.goto("/open-data");
  await expect(page.getByTestId("attribution")).toContainText("CC BY 4.0");
  await expect(page.getByRole("note").first()).toContainText("illustrativ");
  await expect(page.getByTestId("field-table")).toContainText("illustrativa");
  const links = await page
    .getByTestId("downloads")
    .getByRole("link")
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")!));
  expect(links.length).toBeGreaterThanOrEqual(8);
  for (const href of links) expect((await request.get(href)).status(), href).toBe(200);
  const dcat = await (await request.get("/open-data/dcat-ap-it.jsonld")).json();
  expect(dcat["@graph"].some((node: { "@type": string[] }) => node["@type"].includes("dcatapit:Dataset"))).toBe(true);
});
