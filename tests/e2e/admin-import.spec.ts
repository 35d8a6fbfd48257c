import path from "node:path";
import { expect, test } from "@playwright/test";
import { STORAGE_STATE } from "./support/accounts";

// An editor imports the fixtures through the admin area. The fixtures are drafts: the public
// pages, which other tests count in parallel, never see them.

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/import");

test.use({ storageState: STORAGE_STATE.editor });

test("a good file: preview of what will be created, nothing written until confirmed, then imported once", async ({
  page,
}) => {
  await page.goto("/admin/import");
  await page.getByLabel("File delle schede").setInputFiles(path.join(FIXTURES, "valid-windows-1252.csv"));
  await page.getByRole("button", { name: "Carica e controlla" }).click();

  await expect(page).toHaveURL(/\/admin\/import\/\d+$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Importazione di «valid-windows-1252.csv»");
  await expect(page.getByText("codifica WINDOWS-1252, separatore «;»")).toBeVisible();
  await expect(page.getByTestId("import-counts")).toContainText("3 schede nuove");
  const rows = page.getByTestId("import-rows");
  await expect(rows).toContainText("Spesa e farmaci a domicilio per gli anziani di Forlì");
  const previewUrl = page.url();

  // Nothing is in the catalogue before confirming.
  await page.goto("/admin/pratiche?q=IMP-TEST");
  await expect(page.getByTestId("admin-count")).toHaveText("0 schede");

  await page.goto(previewUrl);
  await page.getByRole("button", { name: "Conferma importazione" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Importazione completata" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Conferma importazione" })).toHaveCount(0);

  await page.goto("/admin/pratiche?q=IMP-TEST");
  await expect(page.getByTestId("admin-count")).toHaveText("3 schede");

  // The same sheets again, as a workbook: nothing to do.
  await page.goto("/admin/import");
  await page.getByLabel("File delle schede").setInputFiles(path.join(FIXTURES, "valid.xlsx"));
  await page.getByRole("button", { name: "Carica e controlla" }).click();
  await expect(page.getByTestId("import-counts")).toContainText("3 schede invariate", { timeout: 30_000 });
  await expect(page.getByText("Il file coincide con il catalogo: non c'è nulla da importare.")).toBeVisible();
});

test("a bad file: every problem by row and column, and nothing written", async ({ page }) => {
  await page.goto("/admin/import");
  await page.getByLabel("File delle schede").setInputFiles(path.join(FIXTURES, "invalid-rows.csv"));
  await page.getByRole("button", { name: "Carica e controlla" }).click();

  await expect(page).toHaveURL(/\/admin\/import\/\d+$/, { timeout: 30_000 });
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "Il file contiene 10 problemi: nessuna scheda è stata scritta.",
  );
  const problems = page.getByTestId("import-problems").getByRole("row");
  await expect(problems).toHaveCount(11);
  await expect(problems.nth(1)).toHaveText(/^3\s*titolo \(B\)\s*Titolo: campo obbligatorio\.$/);
  await expect(problems.filter({ hasText: "Astronauti" })).toHaveText(/^4\s*aree_utenza \(L\)/);
  await expect(problems.filter({ hasText: "compare anche alla riga 6" })).toHaveText(/^5\s*codice \(A\)/);
  await expect(page.getByTestId("import-problems")).not.toContainText("SOMMA");
  await expect(page.getByRole("button", { name: "Conferma importazione" })).toHaveCount(0);

  await page.goto("/admin/pratiche?q=IMP-ERR");
  await expect(page.getByTestId("admin-count")).toHaveText("0 schede");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the plain form uploads and shows the problems of a wrong header", async ({ page }) => {
    await page.goto("/admin/import");
    await page.getByLabel("File delle schede").setInputFiles(path.join(FIXTURES, "bad-header.csv"));
    await page.getByRole("button", { name: "Carica e controlla" }).click();
    await expect(page).toHaveURL(/\/admin\/import\/\d+$/, { timeout: 30_000 });
    await expect(page.getByTestId("import-problems")).toContainText("Colonna sconosciuta «code»");
    await expect(page.getByTestId("import-problems")).toContainText("Manca la colonna obbligatoria «titolo»");
  });
});

test("the templates download for editors only", async ({ page, browser }) => {
  const csv = await page.request.get("/admin/import/modello.csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-disposition"]).toContain("modello-schede.csv");
  expect((await csv.text()).startsWith("\uFEFFcodice;titolo;sintesi;")).toBe(true);

  const xlsx = await page.request.get("/admin/import/modello.xlsx");
  expect(xlsx.status()).toBe(200);
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");

  const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const template = await anonymous.request.get("/admin/import/modello.csv", { maxRedirects: 0 });
  expect(template.status()).toBe(307);
  expect(template.headers().location).toContain("/admin/login");
  expect(
    (
      await anonymous.request.post("/api/admin/import", {
        multipart: { file: { name: "x.csv", mimeType: "text/csv", buffer: Buffer.from("codice") } },
      })
    ).status(),
  ).toBe(401);
  await anonymous.close();
});

test("a file over the size limit is refused before it is sent", async ({ page }) => {
  await page.goto("/admin/import");
  await expect(page.getByText("al massimo 10 MB e 20.000 schede per file")).toBeVisible();
  await page
    .getByLabel("File delle schede")
    .setInputFiles({ name: "grande.csv", mimeType: "text/csv", buffer: Buffer.alloc(10 * 1024 * 1024 + 1, "a") });
  await page.getByRole("button", { name: "Carica e controlla" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Il file supera il limite di 10 MB: dividilo in più file e importali uno alla volta.",
  );
  await expect(page).toHaveURL(/\/admin\/import$/);
});
